// The page's live engine: one per page, started after first paint (on idle, or at once when a reader
// interacts), never under Save-Data until asked. Figures await `ready()`; the layout shows one notice if
// the engine cannot start, and every figure keeps its prerendered chart.

import { base } from '$app/paths';
import { BrowserEngine } from '$lib/db/browser';
import type { DatabaseFile } from '$lib/db/types';

export type EngineStatus = 'idle' | 'starting' | 'ready' | 'failed' | 'waiting';

class Live {
	status = $state<EngineStatus>('idle');
	error = $state<string | null>(null);
	#engine: BrowserEngine | null = null;
	#config: { dataUrl: string; databases: DatabaseFile[] } | null = null;

	configure(dataUrl: string, databases: DatabaseFile[]) {
		this.#config ??= { dataUrl, databases };
	}

	get engine(): BrowserEngine {
		if (!this.#config) throw new Error('live engine used before configure()');
		return (this.#engine ??= new BrowserEngine(this.#config));
	}

	/** Start now (first interaction, or the reader asked). Resolves when queries can run. */
	async ready(): Promise<BrowserEngine> {
		const engine = this.engine;
		if (this.status !== 'ready') {
			this.status = 'starting';
			// The figures draw with Plot as soon as their first query returns: fetch it while DuckDB starts.
			void import('$lib/charts').catch(() => undefined);
		}
		try {
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
