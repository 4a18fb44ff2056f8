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
				return 'export const STATIC_WIDTH = 680; export function renderStatic() { return " "; }';
		}
	};
}

export default defineConfig({
	plugins: [staticChartsOnServerOnly(), sveltekit()],
	// DuckDB-WASM is imported dynamically in the browser only; keep Vite from pre-bundling its worker code.
	optimizeDeps: { exclude: ['@duckdb/duckdb-wasm'] },
	ssr: { external: ['@duckdb/node-api'] },
	build: { target: 'es2022', chunkSizeWarningLimit: 1500 },
	test: {
		include: ['src/**/*.test.ts', 'data/**/*.test.ts', 'content/**/*.test.ts'],
		environment: 'node',
		testTimeout: 60_000,
		hookTimeout: 120_000,
		pool: 'forks'
	}
});
