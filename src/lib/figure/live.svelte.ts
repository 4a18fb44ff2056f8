// The page's live engine: one per page, started after first paint (on idle, or at once when a reader
// interacts), never under Save-Data until asked. Figures await `ready()`; the layout shows one notice if
// the engine cannot start, and every figure keeps its prerendered chart.

import { base } from '$app/paths';
// Type only: the engine module (DuckDB's loader, the query API) is fetched when the engine starts, after the
// first paint, so it does not weigh on the bytes before the first chart.
import type { BrowserEngine, EngineConfig } from '$lib/db/browser';
import type { DatabaseFile } from '$lib/db/types';
import { spawnWorker } from '$lib/db/worker';

export type EngineStatus = 'idle' | 'starting' | 'ready' | 'failed' | 'waiting';

/** What the page's figures read: the published files, or a dataset generated in this browser. */
export type DatasetInfo = { kind: 'published' } | { kind: 'generated'; customers: number; seed: number; seconds: number };

/** How long a replaced engine may finish the queries it was running before its worker is terminated. */
const REPLACED_GRACE_MS = 10_000;

class Live {
	status = $state<EngineStatus>('idle');
	error = $state<string | null>(null);
	/** Bumped each time the engine is replaced: live figures re-run their query on the new one. */
	generation = $state(0);
	dataset = $state<DatasetInfo>({ kind: 'published' });
	#engine: BrowserEngine | null = null;
	#config: EngineConfig | null = null;

	configure(dataUrl: string, databases: DatabaseFile[]) {
		this.#config ??= { dataUrl, databases };
	}

	/** The published configuration (null before configure(): a page without figures). */
	get config(): EngineConfig | null {
		return this.#config;
	}

	/**
	 * Serve the page from `engine` (already started) from now on; the previous one finishes what it was running,
	 * then stops. Figures that are live recompute on the new engine.
	 */
	replace(engine: BrowserEngine, dataset: DatasetInfo) {
		const old = this.#engine;
		this.#engine = engine;
		this.dataset = dataset;
		this.status = 'ready';
		this.error = null;
		this.generation += 1;
		if (old && old !== engine) old.dispose(REPLACED_GRACE_MS);
	}

	#creating: Promise<BrowserEngine> | null = null;

	/** The page's engine, created on first use (single flight). */
	engine(): Promise<BrowserEngine> {
		if (this.#engine) return Promise.resolve(this.#engine);
		const config = this.#config;
		if (!config) return Promise.reject(new Error('live engine used before configure()'));
		return (this.#creating ??= import('$lib/db/browser').then(({ BrowserEngine }) => (this.#engine ??= new BrowserEngine(config))));
	}

	#downloading: Promise<void> | null = null;
	#downloadingBegan = () => {};

	/** Resolves once the wasm's first bytes arrive (the rest of the start is off the main thread), or the start failed. */
	get downloading(): Promise<void> {
		return (this.#downloading ??= new Promise<void>((resolve) => (this.#downloadingBegan = resolve)));
	}

	/** Start now (first interaction, or the reader asked). Resolves when queries can run. */
	async ready(): Promise<BrowserEngine> {
		if (this.status !== 'ready') this.status = 'starting';
		void this.downloading;
		mark('engine:asked');
		try {
			if (!this.#engine) spawnWorker();
			const engine = await this.engine();
			mark('engine:module');
			await engine.start({
				asked: () => mark('engine:asked-wasm'),
				firstBytes: () => {
					mark('engine:downloading');
					this.#downloadingBegan();
					// The figures draw with Plot as soon as their first query returns: fetch it while the wasm
					// streams (not before: it would compete with DuckDB's worker script, which the wasm waits for).
					void import('$lib/charts').catch(() => undefined);
				}
			});
			this.status = 'ready';
			this.error = null;
			return engine;
		} catch (e) {
			this.status = 'failed';
			this.#downloadingBegan(); // nothing more to wait for (hooks.client.ts: hydrate now)
			this.error = e instanceof Error ? e.message : String(e);
			throw e;
		}
	}

	/**
	 * Under Save-Data the engine (about 8 MB) starts only when the reader asks: the page's notice offers a button,
	 * and any query (a Run in the playground) starts it. True, and the notice shown, when it must wait.
	 */
	waitsForReader(): boolean {
		if (this.status === 'waiting') return true;
		if (this.status !== 'idle') return false;
		if (!(navigator as Navigator & { connection?: { saveData?: boolean } }).connection?.saveData) return false;
		this.status = 'waiting';
		return true;
	}

	/**
	 * Start right after the first paint, unless the reader asked to save data. Only on pages that have figures.
	 * Resolves once the wasm download has begun (or after `waitMs` at most): hooks.client.ts awaits it
	 * before hydration, so the import that starts DuckDB does not queue behind hydrating the page (about 200 ms
	 * of main thread on a chapter), and hydration overlaps the download.
	 */
	scheduleStart(waitMs = 0): Promise<void> {
		if (this.#scheduled || this.status !== 'idle' || this.waitsForReader()) return Promise.resolve();
		this.#scheduled = true;
		const started = afterFirstPaint().then(() => {
			if (this.status === 'idle') void this.ready().catch(() => undefined);
			return this.downloading;
		});
		// The wait is bounded from the start: a tab opened in the background paints (and starts) only when shown.
		return Promise.race([started, new Promise<void>((resolve) => setTimeout(resolve, waitMs))]);
	}
	#scheduled = false;
}

export const live = new Live();

/** DuckDB loads after the first paint: now, or once the next frame has been painted. */
function afterFirstPaint(): Promise<void> {
	if (performance.getEntriesByType('paint').length > 0) return Promise.resolve();
	return new Promise((resolve) => requestAnimationFrame(() => setTimeout(resolve, 0)));
}

/** The first time each step of the start happens, for `npm run bench`'s report of where the time goes. */
function mark(name: string) {
	if (performance.getEntriesByName(name, 'mark').length === 0) performance.mark(name);
}

/**
 * Configure the engine and schedule its start on a page that has figures (prerendered, so they are in the
 * document before hydration). Called as early as possible (hooks.client.ts init) and again by the layout.
 */
export function startLiveFigures(databases: DatabaseFile[], waitMs = 0): Promise<void> {
	live.configure(new URL(`${base}/data/`, location.href).href, databases);
	return document.querySelector('figure[data-figure]') ? live.scheduleStart(waitMs) : Promise.resolve();
}
