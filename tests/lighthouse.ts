// `npm run lighthouse [-- --no-build] [--runs N]`: Lighthouse 12.2.3 (pinned) with the desktop preset on every route
// of the built site, served under its base path like GitHub Pages, in Debian's Chromium (or CHROMIUM_PATH). Prints a
// table of the four category scores per route (the median of N runs, default 1) against DESIGN.md's targets (100
// performance, 100 accessibility, ≥ 95 best practices and SEO) and writes bench-results/lighthouse.json.
// Exits 0 even when a target is missed, unless --strict.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import lighthouse from 'lighthouse';
import desktopConfig from 'lighthouse/core/config/desktop-config.js';
import * as chromeLauncher from 'chrome-launcher';
import { findChromium } from './chromium';
import { serve } from './serve';
import { ROUTES } from './e2e/site';

const root = fileURLToPath(new URL('..', import.meta.url));
const OUT_DIR = 'build-lighthouse';
const BASE = '/bank-ecommerce-study';
const option = (name: string, fallback: number) => {
	const i = process.argv.indexOf(name);
	return i > 0 ? Number(process.argv[i + 1]) : fallback;
};
const runs = option('--runs', 1);
const TARGETS: Record<string, number> = { performance: 100, accessibility: 100, 'best-practices': 95, seo: 95 };

if (!process.argv.includes('--no-build') || !existsSync(join(root, OUT_DIR, 'index.html'))) {
	const env = { ...process.env, BASE_PATH: BASE, OUT_DIR, KIT_OUT_DIR: '.svelte-kit-lighthouse' };
	for (const [cmd, args] of [['npm', ['run', 'data']], ['npx', ['vite', 'build']]] as const)
		if (spawnSync(cmd, [...args], { cwd: root, env, stdio: 'inherit' }).status !== 0) throw new Error(`${cmd} ${args.join(' ')} failed`);
}

const site = await serve(join(root, OUT_DIR));
const chrome = await chromeLauncher.launch({ chromePath: await findChromium(), chromeFlags: ['--headless=new', '--no-sandbox', '--disable-gpu'] });
const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor((xs.length - 1) / 2)]!;
const results: { route: string; scores: Record<string, number>; failing: Record<string, string[]> }[] = [];
try {
	for (const route of ROUTES) {
		const samples: Record<string, number[]> = {};
		const failing: Record<string, string[]> = {};
		for (let i = 0; i < runs; i++) {
			const r = await lighthouse(`${site.url}${route}`, { port: chrome.port, output: 'json', logLevel: 'error' }, desktopConfig);
			if (!r) throw new Error(`Lighthouse returned nothing for /${route}`);
			for (const [id, cat] of Object.entries(r.lhr.categories)) {
				(samples[id] ??= []).push(Math.round((cat.score ?? 0) * 100));
				// the audits that cost points, to say what to fix
				failing[id] = cat.auditRefs
					.filter((a) => a.weight > 0 && (r.lhr.audits[a.id]?.score ?? 1) < 1)
					.map((a) => `${a.id} (${Math.round((r.lhr.audits[a.id]?.score ?? 0) * 100)})`);
			}
		}
		results.push({ route: `/${route}`, scores: Object.fromEntries(Object.entries(samples).map(([k, v]) => [k, median(v)])), failing });
		console.log(`lighthouse /${route}: ${Object.entries(samples).map(([k, v]) => `${k} ${median(v)}`).join(', ')}`);
	}
} finally {
	await chrome.kill();
	site.server.closeAllConnections();
	await site.close();
}

const cats = Object.keys(TARGETS);
const missed = results.flatMap((r) => cats.filter((c) => (r.scores[c] ?? 0) < TARGETS[c]!).map((c) => `${r.route} ${c} ${r.scores[c]} < ${TARGETS[c]}: ${r.failing[c]?.join(', ')}`));
console.log(`\n| route | ${cats.join(' | ')} |\n|---|${cats.map(() => '---').join('|')}|`);
for (const r of results) console.log(`| ${r.route} | ${cats.map((c) => `${r.scores[c]}${(r.scores[c] ?? 0) < TARGETS[c]! ? ' ✗' : ''}`).join(' | ')} |`);
console.log(missed.length ? `\nTargets missed:\n${missed.join('\n')}` : '\nEvery route meets every target.');
mkdirSync(join(root, 'bench-results'), { recursive: true });
writeFileSync(join(root, 'bench-results', 'lighthouse.json'), JSON.stringify({ lighthouse: '12.2.3', runs, targets: TARGETS, results }, null, 2));
if (missed.length && process.argv.includes('--strict')) process.exit(1);
