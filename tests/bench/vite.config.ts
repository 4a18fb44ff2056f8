// Builds the bare baseline page (tests/bench/bare) into build-bench/bench-bare/, beside the site's base-path
// build, so one server serves both and the bare page reads the same data/reference.duckdb.
import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vite';
import { BASE } from '../serve';

const here = (p: string) => fileURLToPath(new URL(p, import.meta.url));

export default defineConfig({
	root: here('./bare'),
	base: `${BASE}/bench-bare/`,
	logLevel: 'warn',
	optimizeDeps: { exclude: ['@duckdb/duckdb-wasm'] },
	build: { outDir: here('../../build-bench/bench-bare'), emptyOutDir: true, target: 'es2022', chunkSizeWarningLimit: 4000 }
});
