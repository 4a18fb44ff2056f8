// The page's live engine: one per page, started after first paint (on idle, or at once when a reader
// interacts), never under Save-Data until asked. Figures await `ready()`; the layout shows one notice if
// the engine cannot start, and every figure keeps its prerendered chart.

import { base } from '$app/paths';
// Type only: the engine module (DuckDB's loader, the query API) is fetched when the engine starts, after the
// first paint, so it does not weigh on the bytes before the first chart.
import type { BrowserEngine, EngineConfig } from '$lib/db/browser';
import type { DatabaseFile } from '$lib/db/types';

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

	/** Start now (first interaction, or the reader asked). Resolves when queries can run. */
	async ready(): Promise<BrowserEngine> {
		if (this.status !== 'ready') {
			this.status = 'starting';
			// The figures draw with Plot as soon as their first query returns: fetch it while DuckDB starts.
			void import('$lib/charts').catch(() => undefined);
		}
		try {
			const engine = await this.engine();
			await engine.start();
			this.status = 'ready';
			this.error = null;
			return engine;
		} catch (e) {
			this.status = 'failed';
			this.error = e instanceof Error ? e.message : String(e);
			throw e;
		}
	}

	/**
	 * Start right after the first paint, unless the reader asked to save data.
	 * Called once by the layout, only on pages that have figures.
	 */
	scheduleStart() {
		if (this.status !== 'idle') return;
		const saveData = (navigator as Navigator & { connection?: { saveData?: boolean } }).connection?.saveData;
		if (saveData) {
			this.status = 'waiting';
			return;
		}
		const go = () => void this.ready().catch(() => undefined);
		// Usually the page has painted by the time the layout runs; otherwise wait for the next frame.
		if (performance.getEntriesByType('paint').length > 0) setTimeout(go, 0);
		else requestAnimationFrame(() => setTimeout(go, 0));
	}
}

export const live = new Live();

/**
 * Configure the engine and schedule its start on a page that has figures (prerendered, so they are in the
 * document before hydration). Called as early as possible (hooks.client.ts init) and again by the layout.
 */
export function startLiveFigures(databases: DatabaseFile[]) {
	live.configure(new URL(`${base}/data/`, location.href).href, databases);
	if (document.querySelector('figure[data-figure]')) live.scheduleStart();
}
