// The worker's first lines (./preamble.ts), run here in Node with a worker's globals stubbed: the wasm is
// fetched once, at the start, and DuckDB's instantiation gets the module compiled from it; messages that come before
// DuckDB's script has run reach it in order; a wasm or a script that does not come is reported to the page.

import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { preamble, WASM_MESSAGE } from './preamble';

const WASM = 'https://example.org/bank-ecommerce-study/_app/immutable/assets/duckdb-eh.wasm';
const TYPE = WASM_MESSAGE;
/** The smallest valid wasm module: the magic number and version 1. */
const EMPTY_MODULE = new Uint8Array([0x00, 0x61, 0x73, 0x6d, 0x01, 0x00, 0x00, 0x00]);
/**
 * A stand-in for DuckDB's worker script: it listens like DuckDB (globalThis.onmessage) and records what it gets.
 * A new URL each time: a module runs once per URL.
 */
let scripts = 0;
const duckdb = () => `data:text/javascript,globalThis.onmessage = (e) => globalThis.duckdbSaw.push(e.data); // ${++scripts}`;

declare global {
	var duckdbSaw: unknown[];
}

let scope: EventTarget;
let posted: Record<string, unknown>[];
let network: ReturnType<typeof vi.fn>;
const instantiateStreaming = WebAssembly.instantiateStreaming;

const wasmResponse = () => new Response(EMPTY_MODULE, { headers: { 'content-type': 'application/wasm' } });

beforeEach(() => {
	scope = new EventTarget();
	posted = [];
	globalThis.duckdbSaw = [];
	network = vi.fn(async (input: RequestInfo | URL) => (new Request(input).url === WASM ? wasmResponse() : new Response('other')));
	vi.stubGlobal('fetch', network);
	vi.stubGlobal('postMessage', (m: Record<string, unknown>) => posted.push(m));
	vi.stubGlobal('addEventListener', scope.addEventListener.bind(scope));
	vi.stubGlobal('removeEventListener', scope.removeEventListener.bind(scope));
	vi.stubGlobal('onmessage', null);
});
afterEach(() => {
	vi.unstubAllGlobals();
	WebAssembly.instantiateStreaming = instantiateStreaming;
});

const message = (data: unknown) => scope.dispatchEvent(new MessageEvent('message', { data }));

describe('the worker preamble', () => {
	it('fetches the wasm once, at the start, and DuckDB instantiates the module compiled from it', async () => {
		await preamble(duckdb(), WASM);
		expect(network).toHaveBeenCalledTimes(1);
		expect(new Request(network.mock.calls[0]![0]).url).toBe(WASM);
		// DuckDB's instantiateWasm: fetch the wasm (an empty body now), then instantiateStreaming with its imports.
		const response = await fetch(WASM);
		expect(await response.arrayBuffer()).toHaveProperty('byteLength', 0);
		const { module, instance } = await WebAssembly.instantiateStreaming(response, {});
		expect(module).toBeInstanceOf(WebAssembly.Module);
		expect(instance).toBeInstanceOf(WebAssembly.Instance);
		expect(network, 'nothing downloaded twice').toHaveBeenCalledTimes(1);
		expect(posted).toContainEqual({ type: TYPE, arriving: true });
		expect(posted.some((m) => 'failed' in m)).toBe(false);
	});

	it('tells the page of the first bytes at once, then every 250 ms while bytes arrive (the page’s stall watchdog)', async () => {
		// A worker's clock starts at 0 with the worker: the first chunk comes a few ms in. Ten chunks, 100 ms apart.
		let clock = 5;
		vi.spyOn(performance, 'now').mockImplementation(() => clock);
		const chunks = Array.from({ length: 10 }, (_, i) => (i === 0 ? EMPTY_MODULE : new Uint8Array(0)));
		network.mockImplementation(async () => {
			const body = new ReadableStream<Uint8Array>({
				pull(controller) {
					const next = chunks.shift();
					if (!next) return controller.close();
					controller.enqueue(next);
					clock += 100;
				}
			});
			return new Response(body, { headers: { 'content-type': 'application/wasm' } });
		});
		await preamble(duckdb(), WASM);
		await WebAssembly.instantiateStreaming(fetch(WASM));
		const told = posted.filter((m) => m.arriving).length;
		// (The stream reads a chunk ahead, so the clock the transform sees runs up to 200 ms ahead: 3 to 5 tells.)
		expect(told, 'the first chunk is told, then one in every 250 ms of a 1 s download').toBeGreaterThanOrEqual(3);
		expect(told).toBeLessThanOrEqual(5);
		vi.restoreAllMocks();
	});

	it('leaves every other request to the network', async () => {
		await preamble(duckdb(), WASM);
		expect(await (await fetch('https://example.org/bank-ecommerce-study/data/reference.duckdb')).text()).toBe('other');
		expect(network).toHaveBeenCalledTimes(2);
	});

	it('holds the messages that come before DuckDB listens, then gives them to it in order', async () => {
		const started = preamble(duckdb(), WASM);
		message({ messageId: -1, type: 'PING' });
		message({ messageId: 0, type: 'INSTANTIATE' });
		expect(globalThis.duckdbSaw).toEqual([]);
		await started;
		expect(globalThis.duckdbSaw).toEqual([
			{ messageId: -1, type: 'PING' },
			{ messageId: 0, type: 'INSTANTIATE' }
		]);
	});

	for (const [what, answer, said] of [
		['is blocked', () => Promise.reject(new TypeError('Failed to fetch')), /could not be downloaded \(the request was blocked or failed\)/],
		['is missing (404)', async () => new Response('not found', { status: 404 }), /could not be loaded \(HTTP 404\)/],
		['is not wasm', async () => new Response('<html>', { headers: { 'content-type': 'application/wasm' } }), /./]
	] as const) {
		it(`tells the page when the wasm ${what}, and lets DuckDB try the network itself`, async () => {
			network.mockImplementationOnce(answer);
			await preamble(duckdb(), WASM);
			await vi.waitFor(() => expect(posted.find((m) => 'failed' in m)?.failed).toMatch(said));
			await fetch(WASM);
			expect(network, 'DuckDB’s own request').toHaveBeenCalledTimes(2);
		});
	}

	it('throws a DuckDB script that does not load outside the promise, so the page gets the worker’s error event', async () => {
		const timers: (() => void)[] = [];
		vi.stubGlobal('setTimeout', (f: () => void) => timers.push(f));
		await preamble('data:text/javascript,throw new Error("DuckDB did not load")', WASM);
		expect(timers).toHaveLength(1);
		expect(timers[0]!).toThrow('DuckDB did not load');
	});
});
