// Every request of one page load, from the Chrome DevTools Protocol: the page's own session plus each dedicated
// worker's (DuckDB-WASM fetches its wasm and the .duckdb file from its worker, which the page session never sees).
// Bytes are over the wire (encodedDataLength: compressed body + headers); times are ms since navigation start.

import { request } from 'node:http';
import type { CDPSession } from '@playwright/test';

export const CATEGORIES = ['document', 'script', 'stylesheet', 'wasm', 'data', 'fetch', 'other'] as const;
export type Category = (typeof CATEGORIES)[number];

export interface RequestRecord {
	url: string;
	category: Category;
	/** ms since navigation start */
	start: number;
	/** ms since navigation start; null if it never finished */
	end: number | null;
	/** over the wire: compressed body + response headers */
	bytes: number;
	worker: boolean;
	failed?: string;
}

// The fields used here of the CDP events (Playwright does not export its Protocol types).
interface RequestWillBeSent { requestId: string; timestamp: number; type?: string; request: { url: string } }
interface ResponseReceived { requestId: string; response: { encodedDataLength: number } }
interface DataReceived { requestId: string; encodedDataLength: number }
interface LoadingFinished { requestId: string; timestamp: number; encodedDataLength: number }
interface LoadingFailed { requestId: string; timestamp: number; errorText: string }
interface AttachedToTarget { sessionId: string; targetInfo: { type: string } }

interface Raw {
	url: string;
	type: string;
	ts0: number;
	ts1: number | null;
	bytes: number;
	/** headers + body chunks seen so far: what a cancelled request had transferred */
	received: number;
	worker: boolean;
	failed?: string;
}

export function categorize(url: string, type: string): Category {
	const path = url.split(/[?#]/)[0] ?? url;
	if (path.endsWith('.wasm')) return 'wasm';
	if (path.endsWith('.duckdb')) return 'data';
	if (type === 'Document') return 'document';
	if (type === 'Stylesheet' || path.endsWith('.css')) return 'stylesheet';
	if (type === 'Script' || /\.m?js$/.test(path)) return 'script';
	if (type === 'Fetch' || type === 'XHR') return 'fetch';
	return 'other';
}

export class NetworkLog {
	#raw = new Map<string, Raw>();
	#inflight = 0;
	#lastActivity = Date.now();
	#cdp: CDPSession;
	#msgId = 1_000_000;

	private constructor(cdp: CDPSession) {
		this.#cdp = cdp;
	}

	/** Enable the network domain with the HTTP cache off, here and in every worker the page starts. */
	static async attach(cdp: CDPSession): Promise<NetworkLog> {
		const log = new NetworkLog(cdp);
		cdp.on('Network.requestWillBeSent', (e) => log.#onRequest(e, false));
		cdp.on('Network.responseReceived', (e) => log.#onResponse(e));
		cdp.on('Network.dataReceived', (e) => log.#onData(e));
		cdp.on('Network.loadingFinished', (e) => log.#onFinished(e));
		cdp.on('Network.loadingFailed', (e) => log.#onFailed(e));
		// Workers: non-flat auto-attach, so their protocol traffic comes through this same session. They wait
		// for us before running, so the first request (the wasm) is not missed.
		cdp.on('Target.attachedToTarget', (e) => void log.#onAttached(e));
		cdp.on('Target.receivedMessageFromTarget', (e) => log.#onWorkerMessage(e));
		await cdp.send('Network.enable');
		await cdp.send('Network.setCacheDisabled', { cacheDisabled: true });
		await cdp.send('Target.setAutoAttach', { autoAttach: true, waitForDebuggerOnStart: true, flatten: false });
		return log;
	}

	#toWorker(sessionId: string, method: string, params: object = {}) {
		return this.#cdp.send('Target.sendMessageToTarget', { sessionId, message: JSON.stringify({ id: this.#msgId++, method, params }) });
	}

	async #onAttached(e: AttachedToTarget) {
		try {
			if (e.targetInfo.type === 'worker') {
				await this.#toWorker(e.sessionId, 'Network.enable');
				await this.#toWorker(e.sessionId, 'Network.setCacheDisabled', { cacheDisabled: true });
			}
		} catch {
			// the worker may already be gone
		} finally {
			await this.#toWorker(e.sessionId, 'Runtime.runIfWaitingForDebugger').catch(() => undefined);
		}
	}

	#onWorkerMessage(e: { message: string }) {
		const m = JSON.parse(e.message) as { method?: string; params?: unknown };
		if (m.method === 'Network.requestWillBeSent') this.#onRequest(m.params as RequestWillBeSent, true);
		else if (m.method === 'Network.responseReceived') this.#onResponse(m.params as ResponseReceived);
		else if (m.method === 'Network.dataReceived') this.#onData(m.params as DataReceived);
		else if (m.method === 'Network.loadingFinished') this.#onFinished(m.params as LoadingFinished);
		else if (m.method === 'Network.loadingFailed') this.#onFailed(m.params as LoadingFailed);
	}

	#onRequest(e: RequestWillBeSent, worker: boolean) {
		if (!/^https?:/.test(e.request.url)) return;
		if (!this.#raw.has(e.requestId)) this.#inflight++;
		this.#raw.set(e.requestId, { url: e.request.url, type: e.type ?? 'Other', ts0: e.timestamp, ts1: null, bytes: 0, received: 0, worker });
		this.#lastActivity = Date.now();
	}

	#onResponse(e: ResponseReceived) {
		const r = this.#raw.get(e.requestId);
		if (r) r.received += e.response.encodedDataLength;
	}

	#onData(e: DataReceived) {
		const r = this.#raw.get(e.requestId);
		if (r) r.received += e.encodedDataLength;
		this.#lastActivity = Date.now();
	}

	#onFinished(e: LoadingFinished) {
		const r = this.#raw.get(e.requestId);
		if (!r || r.ts1 !== null) return;
		r.ts1 = e.timestamp;
		r.bytes = e.encodedDataLength;
		this.#inflight--;
		this.#lastActivity = Date.now();
	}

	#onFailed(e: LoadingFailed) {
		const r = this.#raw.get(e.requestId);
		if (!r || r.ts1 !== null) return;
		r.ts1 = e.timestamp;
		r.failed = e.errorText;
		// V8's streaming wasm compile can cancel its fetch once it has every byte (ERR_ABORTED, canceled):
		// count what had arrived.
		r.bytes = r.received;
		this.#inflight--;
		this.#lastActivity = Date.now();
	}

	/** Resolves once no request has been in flight for `quietMs` (or after `maxMs`). */
	async quiet(quietMs: number, maxMs: number): Promise<void> {
		const until = Date.now() + maxMs;
		while (Date.now() < until && (this.#inflight > 0 || Date.now() - this.#lastActivity < quietMs)) await new Promise((ok) => setTimeout(ok, 50));
	}

	/** The requests so far; `navigationStart` is the CDP monotonic time (s) of the page's time origin. */
	async records(navigationStart: number): Promise<RequestRecord[]> {
		const ms = (ts: number) => Math.round((ts - navigationStart) * 100_000) / 100;
		const out: RequestRecord[] = [];
		for (const r of this.#raw.values()) {
			const category = categorize(r.url, r.type);
			let bytes = r.bytes;
			// Chrome reports a dedicated worker's own script with headers only (the body comes through the browser
			// process): a script whose count is below its gzip size on our server gets that size added.
			if (category === 'script' && r.ts1 !== null && !r.failed) {
				const body = await gzipLength(r.url);
				if (bytes < body) bytes += body;
			}
			out.push({ url: r.url, category, start: ms(r.ts0), end: r.ts1 === null ? null : ms(r.ts1), bytes, worker: r.worker, ...(r.failed ? { failed: r.failed } : {}) });
		}
		return out.sort((a, b) => a.start - b.start);
	}
}

const gzipLengths = new Map<string, Promise<number>>();

/** content-length of a gzip HEAD response from our own server (it sends the same bytes as for GET). */
function gzipLength(url: string): Promise<number> {
	let p = gzipLengths.get(url);
	if (!p) {
		p = new Promise<number>((ok) => {
			const req = request(url, { method: 'HEAD', headers: { 'accept-encoding': 'gzip' } }, (res) => {
				res.resume();
				ok(Number(res.headers['content-length'] ?? 0));
			});
			req.on('error', () => ok(0));
			req.end();
		});
		gzipLengths.set(url, p);
	}
	return p;
}
