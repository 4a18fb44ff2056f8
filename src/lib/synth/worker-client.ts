// Runs `generate()` in a Web Worker (generate.worker.ts) and resolves with the published tables' columns.
// Abort the signal to stop: the worker is terminated at once (the generator cannot yield, so there is nothing
// gentler), and the promise rejects with an AbortError.
import type { GeneratedColumns } from './columns';

export type ToWorker = { customers: number; seed: number };
export type FromWorker =
	| { type: 'progress'; done: number; total: number }
	| { type: 'done'; columns: GeneratedColumns; ms: number }
	| { type: 'error'; message: string };

export interface WorkerGenerateOptions {
	customers: number;
	seed: number;
	signal?: AbortSignal;
	onProgress?: (done: number, total: number) => void;
}

export const abortError = () => new DOMException('The generation was cancelled.', 'AbortError');

export function generateInWorker({ customers, seed, signal, onProgress }: WorkerGenerateOptions): Promise<{ columns: GeneratedColumns; ms: number }> {
	return new Promise((resolve, reject) => {
		if (signal?.aborted) return reject(abortError());
		const worker = new Worker(new URL('./generate.worker.ts', import.meta.url), { type: 'module', name: 'synth-generate' });
		const stop = () => {
			worker.terminate();
			signal?.removeEventListener('abort', onAbort);
		};
		const onAbort = () => {
			stop();
			reject(abortError());
		};
		signal?.addEventListener('abort', onAbort, { once: true });
		worker.onmessage = (e: MessageEvent<FromWorker>) => {
			const m = e.data;
			if (m.type === 'progress') onProgress?.(m.done, m.total);
			else {
				stop();
				if (m.type === 'done') resolve({ columns: m.columns, ms: m.ms });
				else reject(new Error(m.message));
			}
		};
		// A worker that cannot load (blocked, missing) or runs out of memory ends here.
		worker.onerror = (e) => {
			e.preventDefault();
			stop();
			reject(new Error(e.message || 'the generator stopped (out of memory?)'));
		};
		worker.postMessage({ customers, seed } satisfies ToWorker);
	});
}
