// The spare worker's start signal: a PING in DuckDB's protocol, answered once the worker's script runs. A fake
// Worker (an EventTarget) stands in for DuckDB's: it answers like the real one, or fails to load.

import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';

type Mode = 'answers' | 'fails' | 'silent';
let mode: Mode = 'answers';
const spawned: FakeWorker[] = [];

class FakeWorker extends EventTarget {
	posted: unknown[] = [];
	constructor(
		public url: string,
		public options?: WorkerOptions
	) {
		super();
		spawned.push(this);
	}
	postMessage(message: { messageId: number; type: string }) {
		this.posted.push(message);
		// DuckDB's dispatcher answers PING with OK, requestId = the request's messageId (sendOK)
		if (mode === 'answers' && message.type === 'PING')
			queueMicrotask(() => this.dispatchEvent(new MessageEvent('message', { data: { messageId: 0, requestId: message.messageId, type: 'OK', data: null } })));
		if (mode === 'fails') queueMicrotask(() => this.dispatchEvent(new Event('error')));
	}
	terminate() {}
}

beforeEach(() => {
	vi.resetModules();
	spawned.length = 0;
	vi.stubGlobal('Worker', FakeWorker);
	vi.stubGlobal('location', { href: 'https://example.org/bank-ecommerce-study/growth/' });
});
afterEach(() => vi.unstubAllGlobals());

const settled = (p: Promise<void>) => Promise.race([p.then(() => 'resolved'), new Promise((r) => setTimeout(() => r('pending'), 50))]);

describe('spawnWorker', () => {
	it('resolves once the worker answers its ping, and keeps the answer from DuckDB', async () => {
		mode = 'answers';
		const { spawnWorker, takeWorker } = await import('./worker');
		// DuckDB's AsyncDuckDB listens on the worker too: it must not see the answer (it would warn "unassociated").
		const started = spawnWorker();
		const duckdbSaw: unknown[] = [];
		spawned[0]!.addEventListener('message', (e) => duckdbSaw.push((e as MessageEvent).data));
		expect(await settled(started)).toBe('resolved');
		expect(spawned[0]!.posted).toEqual([{ messageId: -1, type: 'PING', data: null }]);
		expect(duckdbSaw).toEqual([]);
		// The listener is gone: DuckDB's own answers (messageId ≥ 0) reach DuckDB.
		spawned[0]!.dispatchEvent(new MessageEvent('message', { data: { requestId: 0, type: 'OK' } }));
		expect(duckdbSaw).toHaveLength(1);
		expect(takeWorker()).toBe(spawned[0]);
	});

	it('spawns once: a second call returns the same start, and takeWorker hands over that worker', async () => {
		mode = 'answers';
		const { spawnWorker, takeWorker, workerStarted } = await import('./worker');
		const a = spawnWorker();
		expect(spawnWorker()).toBe(a);
		expect(workerStarted()).toBe(a);
		expect(spawned).toHaveLength(1);
		expect(takeWorker()).toBe(spawned[0]);
		// No spare left: the next engine gets a new worker.
		expect(takeWorker()).not.toBe(spawned[0]);
	});

	it('resolves when the worker fails to load (the engine reports the failure; hydration must not wait)', async () => {
		mode = 'fails';
		const { spawnWorker } = await import('./worker');
		expect(await settled(spawnWorker())).toBe('resolved');
	});

	it('failure() rejects for a worker whose script did not load, even when the error came before anyone asked', async () => {
		mode = 'fails';
		const { spawnWorker, takeWorker, failure } = await import('./worker');
		await spawnWorker();
		const worker = takeWorker();
		await expect(failure(worker)).rejects.toThrow(/worker script did not load/);
	});

	it('failure() stays pending for a worker that runs', async () => {
		mode = 'answers';
		const { spawnWorker, takeWorker, failure } = await import('./worker');
		await spawnWorker();
		expect(await settled(failure(takeWorker()))).toBe('pending');
	});

	it('stays pending while the worker has not started (the caller caps the wait)', async () => {
		mode = 'silent';
		const { spawnWorker, workerStarted } = await import('./worker');
		expect(await settled(spawnWorker())).toBe('pending');
		expect(await settled(workerStarted())).toBe('pending');
	});

	it('workerStarted resolves at once when no worker was spawned', async () => {
		const { workerStarted } = await import('./worker');
		expect(await settled(workerStarted())).toBe('resolved');
	});
});

describe('what the worker tells the page of its wasm', () => {
	const tell = (w: FakeWorker, data: object) => w.dispatchEvent(new MessageEvent('message', { data: { type: 'ENGINE_WASM', ...data } }));

	it('first bytes and progress: wasmArriving resolves, wasmLastBytes moves, DuckDB sees none of it', async () => {
		mode = 'answers';
		const { spawnWorker, takeWorker, wasmArriving, wasmLastBytes, failure } = await import('./worker');
		await spawnWorker();
		const worker = takeWorker();
		const duckdbSaw: unknown[] = [];
		worker.addEventListener('message', (e) => duckdbSaw.push((e as MessageEvent).data));
		expect(await settled(wasmArriving(worker))).toBe('pending');
		expect(wasmLastBytes(worker)).toBe(0);
		tell(spawned[0]!, { arriving: true });
		expect(await settled(wasmArriving(worker))).toBe('resolved');
		expect(wasmLastBytes(worker)).toBeGreaterThan(0);
		expect(await settled(failure(worker))).toBe('pending');
		expect(duckdbSaw).toEqual([]);
	});

	it('a wasm that did not come: failure() rejects with the worker’s words', async () => {
		mode = 'answers';
		const { spawnWorker, takeWorker, failure } = await import('./worker');
		await spawnWorker();
		const worker = takeWorker();
		tell(spawned[0]!, { failed: 'the database engine could not be loaded (HTTP 404)' });
		await expect(failure(worker)).rejects.toThrow('the database engine could not be loaded (HTTP 404)');
	});

	it('the worker starts from a module script of its own, which imports DuckDB’s by its full URL', async () => {
		mode = 'answers';
		const { spawnWorker } = await import('./worker');
		await spawnWorker();
		const source = await (await fetch(spawned[0]!.url)).text();
		expect(source).toMatch(/^\(async function preamble\(/);
		expect(source).toContain('"https://example.org/');
		expect(spawned[0]!.options).toEqual({ type: 'module' });
	});
});
