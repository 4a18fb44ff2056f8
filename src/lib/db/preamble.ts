// The first lines of DuckDB's worker (./engine-worker.ts): request the wasm (34 MB, ~8 MB compressed) and compile it
// at once, while DuckDB's script (190 kB) downloads and runs, then hand the module to DuckDB's own instantiation.
// Without it the wasm was requested only once DuckDB's script had run and its INSTANTIATE message had come: on a
// chapter ~550 ms after the engine was asked. Tested in Node with a worker's globals stubbed (preamble.test.ts).

/** What the preamble tells the page about the wasm, in messages of this type. */
export const WASM_MESSAGE = 'ENGINE_WASM';
export type WasmMessage = { type: typeof WASM_MESSAGE; arriving: true } | { type: typeof WASM_MESSAGE; failed: string };

/**
 * The start of the worker, before DuckDB's script. It fetches and compiles the wasm at once, while DuckDB's script
 * downloads and runs (imported, so the worker's thread stays free to take the wasm's bytes), and hands the module to
 * DuckDB's instantiation: its fetch answers with an empty body and instantiateStreaming instantiates that module.
 * Messages that come before DuckDB listens are held and given to it. The page hears of the download (first bytes,
 * progress, failure) in WASM_MESSAGE messages.
 */
export async function preamble(duckdbScript: string, wasm: string) {
	const tell = (m: object) => postMessage({ type: WASM_MESSAGE, ...m });
	// When the page was last told that bytes arrive: at the first chunk, then at most every 250 ms while they do.
	let told = -Infinity;
	const compiled: Promise<WebAssembly.Module | null> = fetch(wasm, { credentials: 'same-origin' })
		.then((response) => {
			if (!response.ok) throw new Error(`the database engine could not be loaded (HTTP ${response.status})`);
			const counted = response.body!.pipeThrough(
				new TransformStream({
					transform(chunk, out) {
						const now = performance.now();
						if (now - told >= 250) {
							tell({ arriving: true });
							told = now;
						}
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
