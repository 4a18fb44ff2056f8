// DuckDB's worker (./engine-worker.ts: our preamble, then DuckDB's script), spawned right after the first paint on a
// page with figures by app.html's inline script, before the page's own scripts have loaded (they take ~190 ms more on
// a chapter), or here when the page asks for the engine. Its first lines request and compile the wasm at once.
// Only the worker's URL is imported here, so the page's first bytes do not grow. A PING tells when DuckDB's script
// runs (the page hydrates after it), and a listener from the first moment catches a script that does not load and a
// wasm that does not come (the inline script keeps what the worker says until the page takes it: `adopt`).

import workerScript from './engine-worker?worker&url';
import duckdbScript from '@duckdb/duckdb-wasm/dist/duckdb-browser-eh.worker.js?url';
import wasmUrl from '@duckdb/duckdb-wasm/dist/duckdb-eh.wasm?url';
import { WASM_MESSAGE, type WasmMessage } from './preamble';

/**
 * The worker's script, and in its fragment the assets it loads (paths from the site's root, resolved by the worker
 * against its own address; a fragment, not a query, stays out of the request, so Vite's development server does not
 * take the URL for a wasm import): named in the page (main[data-engine-worker]) for app.html's inline script.
 */
export const engineWorkerUrl = `${workerScript}#${new URLSearchParams({ duckdb: duckdbScript, wasm: wasmUrl })}`;

let spare: Worker | null = null;
let running: Promise<void> = Promise.resolve();

/** The id of the ping sent to a new worker: DuckDB's own requests count up from 0. */
const PING_ID = -1;

/**
 * What the page knows of each worker from its first moment: its failure (its script or its wasm did not come), when
 * it last received bytes of the wasm (performance.now(); 0 before any), and the first bytes.
 */
const watched = new WeakMap<Worker, { failed: Promise<never>; last: number; first: Promise<void> }>();

/** When the worker last received bytes of the wasm (performance.now(); 0 before any). */
export const wasmLastBytes = (worker: Worker): number => watched.get(worker)?.last ?? 0;

/** Resolves when the worker's wasm starts to arrive. */
export const wasmArriving = (worker: Worker): Promise<void> => watched.get(worker)?.first ?? new Promise<void>(() => {});

/** The wasm's absolute URL, as DuckDB's INSTANTIATE names it (the preamble recognises DuckDB's fetch by it). */
export const wasmLocation = (): string => new URL(wasmUrl, location.href).href;

/**
 * The worker app.html's inline script spawned (window.__engineBoot), with what it said meanwhile. Taken once: the
 * inline script then keeps nothing more, and spawns none if the page asks first. Null when it spawned none (no
 * figures, Save-Data, the page was first, or taken already).
 */
function adopt(): { worker: Worker; events: Event[] } | null {
	const boot = typeof window === 'undefined' ? undefined : window.__engineBoot;
	const events = boot?.events;
	if (!boot || !events) return null;
	boot.events = null;
	return boot.worker ? { worker: boot.worker, events } : null;
}

/** A DuckDB worker (the one spawned at first paint, or a new one), watched from its first moment (see `failure`). */
function create(): Worker {
	const booted = adopt();
	const worker = booted?.worker ?? new Worker(engineWorkerUrl, { type: 'module' });
	let arrived = () => {};
	const first = new Promise<void>((resolve) => (arrived = resolve));
	let fail: (e: Error) => void = () => {};
	const failed = new Promise<never>((_, reject) => (fail = reject));
	const onError = () => fail(new Error('the database engine could not be loaded (its worker script did not load)'));
	const onMessage = (e: MessageEvent) => {
		const m = e.data as WasmMessage | null;
		if (m?.type !== WASM_MESSAGE) return;
		e.stopImmediatePropagation();
		if ('failed' in m) return fail(new Error(m.failed));
		state.last = performance.now();
		arrived();
	};
	worker.addEventListener('error', onError, { once: true });
	worker.addEventListener('message', onMessage);
	failed.catch(() => undefined); // observed by instantiate(), if the engine gets that far
	const state = { failed, last: 0, first };
	watched.set(worker, state);
	for (const e of booted?.events ?? []) {
		if (e.type === 'error') onError();
		else onMessage(e as MessageEvent);
	}
	return worker;
}

/**
 * Rejects once the worker reports an error (its script did not load) or that its wasm did not come (blocked,
 * missing, not wasm): DuckDB's instantiate() would wait forever.
 * The listener dates from the worker's creation, so an error before the engine's module loaded still counts.
 */
export function failure(worker: Worker): Promise<never> {
	return watched.get(worker)?.failed ?? new Promise<never>(() => {});
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
 * Spawn the worker now, or take the one app.html's script spawned (once); the next engine to start takes it.
 * Resolves once its script runs: until then the worker's start needs the page's main thread, and a long task there
 * (hydrating the page) delays it by as much.
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
