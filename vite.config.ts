import { sveltekit } from '@sveltejs/kit/vite';
import { defineConfig, type Plugin } from 'vitest/config';

/**
 * The build-time chart renderer (linkedom + Plot) is for the server only: in the browser bundle the module is
 * replaced by a stub, so the prerendered SVG stays and Plot loads later, with the live engine.
 */
function staticChartsOnServerOnly(): Plugin {
	return {
		name: 'static-charts-on-server-only',
		enforce: 'pre',
		load(id, options) {
			if (!options?.ssr && /\/src\/lib\/charts\/render-static\.ts$/.test(id))
				// A non-empty value makes Svelte keep the server's nodes at hydration (an empty one misaligns it).
				return 'export const STATIC_WIDTH = 680; export function renderStatic() { return " "; } export function describeStatic() { return ""; }';
		}
	};
}

/**
 * The browser bundle's Svelte and SvelteKit runtime in one chunk rather than a dozen small ones split by which page
 * uses which part: every page needs nearly all of it, and one file compresses better and costs one request (about
 * 5 KB less before the first chart on a chapter page). Only the modules named here go into it
 * (onlyExplicitManualChunks), and it imports nothing of the app, so it adds no cycle or ordering between chunks.
 * Svelte's mode flags (legacy, async, tracing) stay where they are: importing one switches its mode on.
 */
const RUNTIME = /\/node_modules\/(svelte\/src\/(?!internal\/flags\/(?!index\.js))|@sveltejs\/kit\/src\/|devalue\/|esm-env\/|clsx\/)/;
function oneRuntimeChunk(): Plugin {
	return {
		name: 'one-runtime-chunk',
		apply: 'build',
		config: (_config, { isSsrBuild }) =>
			isSsrBuild
				? undefined
				: { build: { rollupOptions: { output: { manualChunks: (id: string) => (RUNTIME.test(id) ? 'runtime' : undefined), onlyExplicitManualChunks: true } } } }
	};
}

export default defineConfig({
	plugins: [staticChartsOnServerOnly(), oneRuntimeChunk(), sveltekit()],
	// DuckDB-WASM is imported dynamically in the browser only; keep Vite from pre-bundling its worker code.
	optimizeDeps: { exclude: ['@duckdb/duckdb-wasm'] },
	ssr: { external: ['@duckdb/node-api'] },
	build: { target: 'es2022', chunkSizeWarningLimit: 1500 },
	// DuckDB's worker (src/lib/db/engine-worker.ts) is a module worker: it imports DuckDB's script when its wasm is asked for.
	worker: { format: 'es' },
	test: {
		include: ['src/**/*.test.ts', 'data/**/*.test.ts', 'content/**/*.test.ts', 'tests/bench/**/*.test.ts', 'tests/e2e/*.test.ts'],
		globalSetup: ['tests/unit-setup.ts'],
		environment: 'node',
		testTimeout: 60_000,
		hookTimeout: 120_000,
		pool: 'forks'
	}
});
