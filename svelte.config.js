import adapter from '@sveltejs/adapter-static';
import { vitePreprocess } from '@sveltejs/vite-plugin-svelte';
import { mdsvex } from 'mdsvex';
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { remarkDropFigureSql } from './src/lib/content/remark-drop-figure-sql.js';

// app.html's inline scripts (the reader's theme, applied before the first paint; DuckDB's worker, started right after
// it) run under the CSP by their hashes.
const inlineScripts = [...readFileSync(new URL('./src/app.html', import.meta.url), 'utf8').matchAll(/<script>([^<]*)<\/script>/g)].map((m) => m[1] ?? '');
if (inlineScripts.length !== 2) throw new Error(`src/app.html: expected its two inline scripts (theme, engine), found ${inlineScripts.length}`);
/** @type {`sha256-${string}`[]} */
const inlineHashes = inlineScripts.map((text) => /** @type {const} */ (`sha256-${createHash('sha256').update(text).digest('base64')}`));

/** @type {'' | `/${string}`} */
const base = /** @type {any} */ (process.env.BASE_PATH ?? '');
// Separate output folders let the test and benchmark builds (under a base path) run beside a normal build.
const out = process.env.OUT_DIR ?? 'build';

/** @type {import('@sveltejs/kit').Config} */
export default {
	extensions: ['.svelte', '.md'],
	preprocess: [vitePreprocess(), mdsvex({ extensions: ['.md'], remarkPlugins: [remarkDropFigureSql] })],
	kit: {
		adapter: adapter({ pages: out, assets: out, fallback: undefined, strict: true }),
		outDir: process.env.KIT_OUT_DIR ?? '.svelte-kit',
		paths: { base, relative: false },
		prerender: { entries: ['*'], handleHttpError: 'fail', handleMissingId: 'fail' },
		alias: { $content: 'content' },
		// The stylesheets are small (the site's ~9 kB, a page's own under 5 kB): inline them, so the first paint waits
		// for no request (static.spec.ts checks it). 8192 had let the site's stylesheet out once it grew past 8 kB.
		inlineStyleThreshold: 16384,
		csp: {
			mode: 'hash',
			directives: {
				'default-src': ['self'],
				'script-src': ['self', 'wasm-unsafe-eval', ...inlineHashes],
				'style-src': ['self', 'unsafe-inline'],
				'img-src': ['self', 'data:', 'blob:'],
				'font-src': ['self'],
				'connect-src': ['self'],
				'worker-src': ['self', 'blob:'],
				'object-src': ['none'],
				'base-uri': ['self'],
				'form-action': ['self']
			}
		}
	}
};
