// The page's live engine: one per page, started right after the first paint on a page with figures (or when a
// figure or the playground first asks), never under Save-Data until asked. Figures await `ready()`; the layout shows one notice if
// the engine cannot start, and every figure keeps its prerendered chart.

import { base } from '$app/paths';
// Type only: the engine module (DuckDB's loader, the query API) is fetched when the engine starts, after the
// first paint, so it does not weigh on the bytes before the first chart.
import type { BrowserEngine, EngineConfig } from '$lib/db/browser';
import type { DatabaseFile } from '$lib/db/types';
import { spawnWorker, workerStarted } from '$lib/db/worker';
import { loadNumberData } from '$lib/format/number-format';
import { Rehearsal } from './rehearsal';

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
	/** The figures' first queries, run again in idle time until the reader changes something (./rehearsal.ts). */
	readonly rehearsal = new Rehearsal();

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
		this.#ready = Promise.resolve(engine);
		this.status = 'ready';
		this.error = null;
		this.generation += 1;
		if (old && old !== engine) old.dispose(REPLACED_GRACE_MS);
	}

	#ready: Promise<BrowserEngine> | null = null;

	/**
	 * The engine once it has started, else null: a figure that finds it here sends its query in the same task as
	 * the reader's change, before the page re-renders (awaiting ready() would let the re-render go first).
	 */
	get current(): BrowserEngine | null {
		return this.status === 'ready' ? this.#engine : null;
	}

	/** The page's engine, started (single flight; a failed start is tried again by the next call). */
	ready(): Promise<BrowserEngine> {
		return (this.#ready ??= this.#start().catch((e) => {
			this.#ready = null;
			throw e;
		}));
	}

	async #start(): Promise<BrowserEngine> {
		const config = this.#config;
		if (!config) throw new Error('live engine used before configure()');
		this.status = 'starting';
		// Marks of the start, for `npm run bench`'s report of where the time to live goes.
		performance.mark('engine:asked');
		try {
			if (!this.#engine) spawnWorker();
			const { BrowserEngine } = await import('$lib/db/browser');
			const engine = (this.#engine ??= new BrowserEngine(config));
			performance.mark('engine:module');
			await engine.start({
				firstBytes: () => performance.mark('engine:first-bytes'),
				// The figures draw with Plot as soon as their first query returns: fetch it while the databases are
				// attached (DuckDB waits on their range requests), not while the wasm streams and compiles, where its
				// ~290 kB of JS took CPU from the compile (2 CPUs: time to live of /growth/ ~120 ms shorter).
				// And ICU's number data, which the first figure's text alternative needs, in the same spare time.
				instantiated: () => {
					void import('$lib/charts').catch(() => undefined);
					loadNumberData();
				}
			});
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
	 * Called from hooks.client.ts before hydration: the engine's worker and module are requested before the page
	 * hydrates (about 100 ms of main thread on a chapter), not after. Resolves once DuckDB's worker runs its script
	 * (at once when nothing starts): the worker's start needs the main thread, so hydration waits for it (time to
	 * live about 100 ms shorter), and no longer: holding hydration until the wasm arrived gained nothing measurable
	 * and moved it into the wasm compile, where it counted as blocking time (Lighthouse).
	 */
	scheduleStart(): Promise<void> {
		if (this.status !== 'idle' || this.waitsForReader()) return Promise.resolve();
		return afterFirstPaint().then(() => {
			this.ready().catch(() => undefined);
			return workerStarted();
		});
	}
}

export const live = new Live();

/**
 * DuckDB loads after the first contentful paint (the reader sees the page; a first paint of the background alone
 * comes up to ~130 ms before it): now, or at the first frame after it (at most 30 frames, should it not be reported).
 * app.html's inline script waits the same way before it spawns the worker (it runs before any module loads and cannot
 * import this): change the two together; worker.test.ts runs that script.
 */
function afterFirstPaint(): Promise<void> {
	const painted = () => performance.getEntriesByName('first-contentful-paint').length > 0;
	if (painted()) return Promise.resolve();
	return new Promise((resolve) => {
		let frames = 0;
		const check = () => (painted() || frames++ >= 30 ? setTimeout(resolve, 0) : requestAnimationFrame(check));
		requestAnimationFrame(check);
	});
}

/**
 * Configure the engine and schedule its start on a page that has figures (prerendered, so they are in the
 * document before hydration). Called as early as possible (hooks.client.ts init) and again by the layout.
 */
export function startLiveFigures(databases: DatabaseFile[]): Promise<void> {
	live.configure(new URL(`${base}/data/`, location.href).href, databases);
	return document.querySelector('figure[data-figure]') ? live.scheduleStart() : Promise.resolve();
}
