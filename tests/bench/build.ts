// Builds what the benchmark serves: the data files, the site under the Pages base path (build-bench/), and the
// bare baseline page into build-bench/bench-bare/ (after the site: adapter-static empties its output folder).

import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { BASE } from '../serve';

export const ROOT = fileURLToPath(new URL('../../', import.meta.url));
export const OUT_DIR = join(ROOT, 'build-bench');

function step(label: string, command: string, args: string[], env: Record<string, string> = {}) {
	const t0 = Date.now();
	const r = spawnSync(command, args, { cwd: ROOT, env: { ...process.env, ...env }, encoding: 'utf8', maxBuffer: 64 << 20 });
	if (r.status !== 0) {
		process.stderr.write(`${r.stdout ?? ''}${r.stderr ?? ''}`);
		throw new Error(`${label} failed (${r.error?.message ?? `exit ${r.status}`})`);
	}
	console.log(`  ${label}: ${((Date.now() - t0) / 1000).toFixed(1)} s`);
}

export function buildSite() {
	step('npm run data', 'npm', ['run', 'data']);
	step('site build (base path)', 'npx', ['vite', 'build'], { OUT_DIR: 'build-bench', KIT_OUT_DIR: '.svelte-kit-bench', BASE_PATH: BASE });
}

export function buildBare() {
	step('bare page build', 'npx', ['vite', 'build', '--config', 'tests/bench/vite.config.ts']);
}

/** With --no-build: the site must exist; the bare page is built if it is missing (it takes seconds). */
export function checkBuilt() {
	if (!existsSync(join(OUT_DIR, 'index.html')) || !existsSync(join(OUT_DIR, 'data', 'reference.duckdb')))
		throw new Error('build-bench/ has no site or no data/reference.duckdb: run `npm run bench` without --no-build first.');
	if (!existsSync(join(OUT_DIR, 'bench-bare', 'index.html'))) buildBare();
}

/** Whether the built page has figures (so it is expected to turn live). */
export function hasFigures(pagePath: string): boolean {
	const html = readFileSync(join(OUT_DIR, pagePath, 'index.html'), 'utf8');
	return /<figure[^>]*\sdata-figure=/.test(html);
}
