// DuckDB's worker, spawned as soon as the page asks for the engine: its script (190 kB) downloads and compiles
// while the engine's module (src/lib/db/browser.ts, imported dynamically) loads, instead of after it. Only the
// asset's URL is imported here, so the page's first bytes do not grow.

import workerUrl from '@duckdb/duckdb-wasm/dist/duckdb-browser-eh.worker.js?url';

let spare: Worker | null = null;

/** Spawn the worker now (once); the next engine to start takes it. */
export function spawnWorker(): void {
	spare ??= new Worker(workerUrl);
}

/** The spawned worker, or a new one (a restarted engine, a generated dataset's second engine). */
export function takeWorker(): Worker {
	const worker = spare ?? new Worker(workerUrl);
	spare = null;
	return worker;
}
