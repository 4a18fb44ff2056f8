// A module Web Worker that runs the generator off the main thread: it posts progress every 10,000 customers,
// then transfers the published tables' columns back (no copy). Started by worker-client.ts; same-origin, so the
// site's CSP (worker-src 'self') allows it.
import { generate } from './generate';
import { publishedColumns } from './columns';
import type { FromWorker, ToWorker } from './worker-client';

const post = (message: FromWorker, transfer: Transferable[] = []) => self.postMessage(message, { transfer });

self.onmessage = (e: MessageEvent<ToWorker>) => {
	const { customers, seed } = e.data;
	try {
		const t0 = performance.now();
		const data = generate({ customers, seed, onProgress: (done, total) => post({ type: 'progress', done, total }) });
		const { columns, transfer } = publishedColumns(data);
		post({ type: 'done', columns, ms: performance.now() - t0 }, transfer);
	} catch (err) {
		post({ type: 'error', message: err instanceof Error ? err.message : String(err) });
	}
};
