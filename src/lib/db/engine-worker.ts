// DuckDB's worker: our preamble, which requests and compiles the wasm at once, then DuckDB's own script (./preamble.ts).
// Bundled by Vite as a module worker of its own (`?worker&url` in ./worker.ts), under the page's CSP (worker-src 'self').
// The page names DuckDB's script and wasm in the fragment of the worker's URL (#duckdb=…&wasm=…): imported here, they
// would be emitted a second time, under other names, for the worker's bundle.

import { preamble } from './preamble';

const assets = new URLSearchParams(location.hash.slice(1));
const asset = (name: string) => new URL(assets.get(name) ?? '', location.href).href;
void preamble(asset('duckdb'), asset('wasm'));
