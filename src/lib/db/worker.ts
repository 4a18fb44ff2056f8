// DuckDB's worker, spawned as soon as the page asks for the engine: its script (190 kB) downloads and compiles
// while the engine's module (src/lib/db/browser.ts, imported dynamically) loads, instead of after it. Only the
// asset's URL is imported here, so the page's first bytes do not grow. A PING tells when the worker's script runs
// (the page hydrates after it), and a listener from the first moment catches a script that does not load.

import workerUrl from '@duckdb/duckdb-wasm/dist/duckdb-browser-eh.worker.js?url';

let spare: Worker | null = null;
let running: Promise<void> = Promise.resolve();

/** The id of the ping sent to a new worker: DuckDB's own requests count up from 0. */
const PING_ID = -1;

const failures = new WeakMap<Worker, Promise<never>>();

/** A new DuckDB worker, watched from its first moment for a script that does not load (see `failure`). */
function create(): Worker {
	const worker = new Worker(workerUrl);
	const failed = new Promise<never>((_, reject) =>
		worker.addEventListener('error', () => reject(new Error('the database engine could not be loaded (its worker script did not load)')), { once: true })
	);
	failed.catch(() => undefined); // observed by instantiate(), if the engine gets that far
	failures.set(worker, failed);
	return worker;
}

/**
 * Rejects once the worker reports an error (its script did not load): DuckDB's instantiate() would wait forever.
 * The listener dates from the worker's creation, so an error before the engine's module loaded still counts.
 */
export function failure(worker: Worker): Promise<never> {
	return failures.get(worker) ?? new Promise<never>(() => {});
}

/**
 * Resolves once the worker's script runs (it answered a PING in DuckDB's worker protocol), or failed to load.
 * The listener is added before DuckDB's own and consumes the answer, which DuckDB would report as unassociated.
 */
function answered(worker: Worker): Promise<void> {
	const pong = new Promise<void>((resolve) => {
		const onMessage = (e: MessageEvent) => {
			if ((e.data as { requestId?: unknown } | null)?.requestId !== PING_ID) return;
			e.stopImmediatePropagation();
			worker.removeEventListener('message', onMessage);
			resolve();
		};
		worker.addEventListener('message', onMessage);
	});
	worker.postMessage({ messageId: PING_ID, type: 'PING', data: null });
	return Promise.race([pong, failure(worker).catch(() => undefined)]);
}

/**
 * Spawn the worker now (once); the next engine to start takes it. Resolves once its script runs: until then the
 * worker's start needs the page's main thread, and a long task there (hydrating the page) delays it by as much.
 */
export function spawnWorker(): Promise<void> {
	if (!spare) {
		spare = create();
		running = answered(spare);
	}
	return running;
}

/** Resolves once the last spawned worker's script runs (at once if none was spawned). */
export function workerStarted(): Promise<void> {
	return running;
}

/** The spawned worker, or a new one (a restarted engine, a generated dataset's second engine). */
export function takeWorker(): Worker {
	const worker = spare ?? create();
	spare = null;
	return worker;
}
