// DuckDB's worker, spawned as soon as the page asks for the engine. It starts with a few lines of ours (`preamble`,
// the worker's script as a blob URL) that request the wasm (34 MB, ~8 MB compressed) and compile it at once, while
// DuckDB's script (190 kB) downloads and runs and the engine's module (src/lib/db/browser.ts, imported dynamically)
// loads on the page; DuckDB's own instantiation then takes that module. Without it the wasm was requested only once
// DuckDB's script had run and its INSTANTIATE message had come: on a chapter ~550 ms after the engine was asked,
// while the page hydrated. Only the assets' URLs are imported here, so the page's first bytes do not grow. A PING
// tells when DuckDB's script runs (the page hydrates after it), and a listener from the first moment catches a
// script that does not load and a wasm that does not come.

import workerUrl from '@duckdb/duckdb-wasm/dist/duckdb-browser-eh.worker.js?url';
import wasmUrl from '@duckdb/duckdb-wasm/dist/duckdb-eh.wasm?url';

let spare: Worker | null = null;
let running: Promise<void> = Promise.resolve();

/** The id of the ping sent to a new worker: DuckDB's own requests count up from 0. */
const PING_ID = -1;

/**
 * What the page knows of each worker from its first moment: its failure (its script or its wasm did not come), when
 * it last received bytes of the wasm (performance.now(); 0 before any), and the first bytes.
 */
const watched = new WeakMap<Worker, { failed: Promise<never>; last: number; first: Promise<void> }>();

/** What the preamble tells the page about the wasm, in messages of this type. */
const WASM_MESSAGE = 'ENGINE_WASM';
type WasmMessage = { type: typeof WASM_MESSAGE; arriving: true } | { type: typeof WASM_MESSAGE; failed: string };

/**
 * The start of the worker, before DuckDB's script: the source of a module worker, so it must not refer to anything
 * outside itself. It fetches and compiles the wasm at once, while DuckDB's script downloads and runs (imported, so
 * the worker's thread stays free to take the wasm's bytes), and hands the module to DuckDB's instantiation: its
 * fetch answers with an empty body and instantiateStreaming instantiates that module. Messages that come before
 * DuckDB listens are held and given to it. The page hears of the download (first bytes, progress, failure).
 */
export async function preamble(duckdbScript: string, wasm: string, type: string) {
	const tell = (m: object) => postMessage({ type, ...m });
	let last = 0;
	const compiled: Promise<WebAssembly.Module | null> = fetch(wasm, { credentials: 'same-origin' })
		.then((response) => {
			if (!response.ok) throw new Error(`the database engine could not be loaded (HTTP ${response.status})`);
			const counted = response.body!.pipeThrough(
				new TransformStream({
					transform(chunk, out) {
						const now = performance.now();
						if (now - last > 250) tell({ arriving: true });
						last = now;
						out.enqueue(chunk);
					}
				})
			);
			return WebAssembly.compileStreaming(new Response(counted, { headers: response.headers }));
		}, () => Promise.reject(new Error('the database engine could not be downloaded (the request was blocked or failed)')))
		.catch((e: unknown) => {
			tell({ failed: e instanceof Error ? e.message : String(e) });
			return null;
		});
	const fromNetwork = fetch.bind(globalThis);
	globalThis.fetch = (input: RequestInfo | URL, init?: RequestInit) =>
		new Request(input, init).url === wasm
			? compiled.then((m) => (m ? new Response(null, { headers: { 'content-type': 'application/wasm' } }) : fromNetwork(input, init)))
			: fromNetwork(input, init);
	const streaming = WebAssembly.instantiateStreaming.bind(WebAssembly);
	WebAssembly.instantiateStreaming = async (source, imports) => {
		const m = await compiled;
		return m ? { module: m, instance: await WebAssembly.instantiate(m, imports) } : streaming(source, imports);
	};
	const held: unknown[] = [];
	const hold = (e: MessageEvent) => {
		e.stopImmediatePropagation();
		held.push(e.data);
	};
	addEventListener('message', hold);
	try {
		await import(/* @vite-ignore */ duckdbScript);
	} catch (e) {
		// Thrown outside the promise, so that the page sees the worker's error event.
		setTimeout(() => {
			throw e;
		});
		return;
	}
	removeEventListener('message', hold);
	for (const data of held) (globalThis.onmessage as (e: { data: unknown }) => void)({ data });
}

let source: string | null = null;
/** The worker's script: a blob URL of the preamble, which imports DuckDB's script (same origin, under the CSP). */
function workerSource(): string {
	const arg = (x: string) => JSON.stringify(x);
	const abs = (url: string) => arg(new URL(url, location.href).href);
	source ??= URL.createObjectURL(new Blob([`(${preamble})(${abs(workerUrl)}, ${abs(wasmUrl)}, ${arg(WASM_MESSAGE)});`], { type: 'text/javascript' }));
	return source;
}

/** When the worker last received bytes of the wasm (performance.now(); 0 before any). */
export const wasmLastBytes = (worker: Worker): number => watched.get(worker)?.last ?? 0;

/** Resolves when the worker's wasm starts to arrive. */
export const wasmArriving = (worker: Worker): Promise<void> => watched.get(worker)?.first ?? new Promise<void>(() => {});

/** The wasm's absolute URL, as DuckDB's INSTANTIATE names it (the preamble recognises DuckDB's fetch by it). */
export const wasmLocation = (): string => new URL(wasmUrl, location.href).href;

/** A new DuckDB worker, watched from its first moment for a script that does not load (see `failure`). */
function create(): Worker {
	const worker = new Worker(workerSource(), { type: 'module' });
	let arrived = () => {};
	const first = new Promise<void>((resolve) => (arrived = resolve));
	const failed = new Promise<never>((_, reject) => {
		worker.addEventListener('error', () => reject(new Error('the database engine could not be loaded (its worker script did not load)')), { once: true });
		worker.addEventListener('message', (e: MessageEvent) => {
			const m = e.data as WasmMessage | null;
			if (m?.type !== WASM_MESSAGE) return;
			e.stopImmediatePropagation();
			if ('failed' in m) return reject(new Error(m.failed));
			state.last = performance.now();
			arrived();
		});
	});
	failed.catch(() => undefined); // observed by instantiate(), if the engine gets that far
	const state = { failed, last: 0, first };
	watched.set(worker, state);
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
