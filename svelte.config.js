import adapter from '@sveltejs/adapter-static';
import { vitePreprocess } from '@sveltejs/vite-plugin-svelte';
import { mdsvex } from 'mdsvex';
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { remarkDropFigureSql } from './src/lib/content/remark-drop-figure-sql.js';

// app.html's one inline script (the reader's theme, applied before the first paint) runs under the CSP by its hash.
const themeScript = readFileSync(new URL('./src/app.html', import.meta.url), 'utf8').match(/<script>([^<]*)<\/script>/)?.[1];
if (!themeScript) throw new Error('src/app.html: the inline theme script is missing');
/** @type {`sha256-${string}`} */
const themeHash = `sha256-${createHash('sha256').update(themeScript).digest('base64')}`;

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
				'script-src': ['self', 'wasm-unsafe-eval', themeHash],
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
