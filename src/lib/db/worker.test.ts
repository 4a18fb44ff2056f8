// The spare worker's start signal: a PING in DuckDB's protocol, answered once the worker's script runs. A fake
// Worker (an EventTarget) stands in for DuckDB's: it answers like the real one, or fails to load.

import { readFileSync } from 'node:fs';
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

	it('the worker is a module worker of its own script, told DuckDB’s script and wasm in its URL', async () => {
		mode = 'answers';
		const { spawnWorker, wasmLocation } = await import('./worker');
		await spawnWorker();
		const url = new URL(spawned[0]!.url, 'https://example.org/bank-ecommerce-study/growth/');
		expect(url.pathname).toMatch(/engine-worker/);
		const assets = new URLSearchParams(url.hash.slice(1));
		expect(assets.get('duckdb')).toMatch(/duckdb-browser-eh\.worker.*\.js$/);
		// The worker resolves it against its own address: the same absolute URL the page gives DuckDB's instantiate.
		expect(new URL(assets.get('wasm')!, url).href).toBe(wasmLocation());
		expect(spawned[0]!.options).toEqual({ type: 'module' });
	});
});

// app.html's inline script spawns the worker right after the first paint, before the page's scripts have loaded; the
// page takes it (and what it said meanwhile) when it asks for the engine. Run here with a page's globals stubbed.
describe("app.html's engine script and the page taking its worker", () => {
	const script = readFileSync(new URL('../../app.html', import.meta.url), 'utf8').match(/<script>(\(\(\)=>\{const m=document[^<]*)<\/script>/)![1]!;
	const WORKER = '/bank-ecommerce-study/_app/immutable/workers/engine-worker-x.js#duckdb=d.js&wasm=d.wasm';
	let frames: (() => void)[];
	let painted: boolean;
	let page: { figures: boolean; main: boolean; saveData: boolean };
	const win: { __engineBoot?: { worker?: Worker; events: Event[] | null } } = {};

	beforeEach(() => {
		frames = [];
		painted = false;
		page = { figures: true, main: true, saveData: false };
		delete win.__engineBoot;
		vi.stubGlobal('window', win);
		vi.stubGlobal('requestAnimationFrame', (f: () => void) => frames.push(f));
		vi.stubGlobal('navigator', { connection: { get saveData() { return page.saveData; } } });
		vi.stubGlobal('document', {
			querySelector: (sel: string) =>
				sel === 'main[data-engine-worker]' ? (page.main ? { dataset: { engineWorker: WORKER } } : null) : sel === 'figure[data-figure]' ? (page.figures ? {} : null) : null
		});
		const perf = globalThis.performance;
		// The first paint can be the page's background alone: the script waits for the first contentful one.
		vi.stubGlobal('performance', { now: () => perf.now(), mark: () => undefined, getEntriesByName: (n: string) => (n === 'first-contentful-paint' && painted ? [{}] : []) });
	});
	const load = () => new Function(script)();
	const nextFrame = () => frames.splice(0).forEach((f) => f());
	const tell = (w: FakeWorker, data: object) => w.dispatchEvent(new MessageEvent('message', { data: { type: 'ENGINE_WASM', ...data } }));

	it('spawns one module worker from the page’s data-engine-worker, once the first paint is done', () => {
		load();
		nextFrame(); // a frame before the first paint: wait for the next
		expect(spawned).toHaveLength(0);
		painted = true;
		nextFrame();
		expect(spawned).toHaveLength(1);
		expect(spawned[0]!.url).toBe(WORKER);
		expect(spawned[0]!.options).toEqual({ type: 'module' });
		nextFrame();
		expect(spawned).toHaveLength(1);
	});

	it('waits for the first contentful paint (a first paint of the background is not it) and at most 30 frames', () => {
		load();
		for (let i = 0; i < 30; i++) nextFrame();
		expect(spawned).toHaveLength(0); // 30 frames with only a first paint of the background
		nextFrame();
		expect(spawned).toHaveLength(1); // the 31st: started all the same
	});

	it('spawns nothing on a page without figures, or under Save-Data', () => {
		for (const p of [{ figures: false }, { main: false }, { saveData: true }]) {
			Object.assign(page, { figures: true, main: true, saveData: false }, p);
			delete win.__engineBoot;
			load();
			painted = true;
			nextFrame();
			expect(win.__engineBoot, JSON.stringify(p)).toBeUndefined();
		}
		expect(spawned).toHaveLength(0);
	});

	it('the page takes that worker and what it said before: no second worker, first bytes known', async () => {
		mode = 'answers';
		painted = true;
		load();
		nextFrame();
		tell(spawned[0]!, { arriving: true });
		const { spawnWorker, takeWorker, wasmArriving, wasmLastBytes, failure } = await import('./worker');
		expect(await settled(spawnWorker())).toBe('resolved');
		const worker = takeWorker();
		expect(worker).toBe(spawned[0]);
		expect(spawned).toHaveLength(1);
		expect(await settled(wasmArriving(worker))).toBe('resolved');
		expect(wasmLastBytes(worker)).toBeGreaterThan(0);
		expect(await settled(failure(worker))).toBe('pending');
		expect(win.__engineBoot!.events).toBeNull(); // the script keeps nothing more
	});

	it('a failure before the page asked still counts: the wasm’s, or the worker’s script', async () => {
		mode = 'silent';
		painted = true;
		load();
		nextFrame();
		tell(spawned[0]!, { failed: 'the database engine could not be loaded (HTTP 404)' });
		const first = await import('./worker');
		void first.spawnWorker();
		await expect(first.failure(first.takeWorker())).rejects.toThrow('HTTP 404');

		vi.resetModules();
		delete win.__engineBoot;
		load();
		nextFrame();
		spawned[1]!.dispatchEvent(new Event('error'));
		const second = await import('./worker');
		void second.spawnWorker();
		const worker = second.takeWorker();
		expect(worker).toBe(spawned[1]);
		await expect(second.failure(worker)).rejects.toThrow(/worker script did not load/);
	});

	it('when the page asks first, the script spawns none', async () => {
		mode = 'answers';
		load();
		const { spawnWorker, takeWorker } = await import('./worker');
		await spawnWorker();
		painted = true;
		nextFrame();
		expect(spawned).toHaveLength(1);
		expect(takeWorker()).toBe(spawned[0]);
	});
});
