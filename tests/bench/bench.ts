// `npm run bench [-- --runs N] [--no-build] [--strict] [--changes N]`: the performance report of DESIGN.md's
// "Budgets". Builds the site under the Pages base path plus a bare DuckDB-WASM page, serves both like Pages,
// loads every ready chapter, the home page and the bare page N times each in fresh Chromium contexts, prints
// medians and the budgets, and writes bench-results/bench.json. Exits 0 even when a budget fails, unless --strict.

import { cpus, loadavg, release, totalmem } from 'node:os';
import { join } from 'node:path';
import { chromium } from '@playwright/test';
import { chapters } from '../../src/lib/chapters';
import { findChromium } from '../chromium';
import { chromiumArgs } from '../chromium-args';
import { serve } from '../serve';
import { buildBare, buildSite, checkBuilt, hasFigures, OUT_DIR, ROOT } from './build';
import { failedRun, firstFigureBelowFold, measureRun, type RunResult } from './measure-page';
import { checkBudgets, render, summarize, writeJson, type PageSpec, type PageSummary } from './report';
import { dataBudgets, measureData, renderData } from './data';
import { measurePlayground, summarizePlayground, type PlaygroundRun } from './playground';

function option(name: string, fallback: number): number {
	const i = process.argv.indexOf(name);
	const v = i > 0 ? Number(process.argv[i + 1]) : fallback;
	if (!Number.isInteger(v) || v < 1) throw new Error(`${name} needs a whole number ≥ 1`);
	return v;
}
const runs = option('--runs', 5);
const changes = option('--changes', 5);
const strict = process.argv.includes('--strict');
const started = Date.now();

console.log('bench: npm run data (timed)');
const data = measureData(ROOT);
console.log('  ' + renderData(data));
console.log('bench: build');
if (process.argv.includes('--no-build')) checkBuilt();
else {
	buildSite();
	buildBare();
}

// Each chapter is compared with a bare page over its own database file, running one query like the chapter's first
// figure: the association chapter's baseline computes that figure (item support, baskets inlined) as the page must
// before it is live, where the customer chapters' common baseline grades the customers. The customer chapter's recompute budget
// is the issue's "band-edge change redraws the level figures in ≤ 100 ms", the association chapter's "a threshold
// change recomputes rules and groups in ≤ 1 s" (minimum support: itemsets, rules, prospects and the figures near).
const customerPages = new Map<string, Partial<PageSpec>>([
	['/customers/', { baseline: 'bare-customers', recomputeBudget: 100, control: 'levels--f5' }],
	['/associations/', { baseline: 'bare-associations', recomputeBudget: 1000, control: 'itemsets--min_support', waitFor: 'groups' }]
]);
const pages: PageSpec[] = [
	{ name: 'home', path: '', bare: false, chapter: false, figures: hasFigures('') },
	...chapters
		// The playground is measured by its own budgets (below), not as a chapter of figures.
		.filter((c) => c.ready && c.path !== '/playground/')
		.map((c) => ({
			name: c.path,
			path: c.path.replace(/^\//, ''),
			bare: false,
			chapter: true,
			figures: hasFigures(c.path),
			...(customerPages.get(c.path) ?? { baseline: 'bare' })
		})),
	{ name: 'bare', path: 'bench-bare/', bare: true, chapter: false, figures: true },
	{ name: 'bare-customers', path: 'bench-bare/?db=customers', bare: true, chapter: false, figures: true },
	{ name: 'bare-associations', path: 'bench-bare/?db=customers&chapter=associations', bare: true, chapter: false, figures: true }
];

const server = await serve(OUT_DIR);
const executablePath = await findChromium();
const browser = await chromium.launch({ executablePath, args: await chromiumArgs(executablePath) });
const results = new Map<string, RunResult[]>(pages.map((p) => [p.name, []]));
try {
	const measure = (p: PageSpec) => measureRun(browser, server.url + p.path, { expectLive: p.figures, changes, timeoutMs: 60_000, control: p.control, waitFor: p.waitFor }).catch(failedRun);
	// One discarded load per page: the server gzips each file on first request, and the OS caches the files.
	console.log(`bench: warm-up (${pages.length} pages)`);
	for (const p of pages) await measure(p);
	// A chapter whose first figure is below the first screen (/conclusions/ opens with prose) turns live only as
	// the reader nears a figure: it is measured as a reader following a figure's permalink (#id) meets it.
	for (const p of pages.filter((p) => p.figures && !p.bare)) {
		const id = await firstFigureBelowFold(browser, server.url + p.path);
		if (id) {
			p.path += `#${id}`;
			console.log(`bench: ${p.name} has no figure on its first screen: measured at its first figure, ${p.path}`);
		}
	}
	// Interleaved, so a slow spell of the machine spreads over all pages instead of landing on one.
	for (let i = 1; i <= runs; i++) {
		for (const p of pages) {
			const r = await measure(p);
			results.get(p.name)!.push(r);
			const f = (x: number | null | undefined) => (x == null ? '—' : x.toFixed(0));
			console.log(
				`bench: run ${i}/${runs} ${p.name.padEnd(12)} FCP ${f(r.fcp)}  chart ${f(r.firstChart)}  live ${f(r.firstFigureLive)} (first screen ${f(r.live)})  recompute ${f(r.recompute?.median)}  ${(r.bytes.total / 1e6).toFixed(2)} MB${r.error ? `  ERROR ${r.error}` : ''}`
			);
		}
	}
	const playgroundRuns: PlaygroundRun[] = [];
	for (let i = 1; i <= runs; i++) {
		const r = await measurePlayground(browser, server.url + 'playground/');
		playgroundRuns.push(r);
		console.log(`bench: run ${i}/${runs} /playground/  ready ${r.ready?.toFixed(0) ?? '—'}  100k rows drawn+scrolled ${r.render100k?.toFixed(0) ?? '—'}  50 MB CSV ${r.upload50mb?.toFixed(0) ?? '—'}${r.uploadProgress ? ' (progress shown)' : ''}${r.error ? `  ERROR ${r.error}` : ''}`);
	}
	const summaries = new Map<string, PageSummary>(pages.map((p) => [p.name, summarize(results.get(p.name)!)]));
	const playground = summarizePlayground(playgroundRuns);
	const bareLive = summaries.get('bare-customers')?.live?.median ?? null;
	const playgroundBudgets = [
		{ page: '/playground/', name: 'ready (engine + schema) vs bare-customers time to live', value: playground.ready && bareLive ? playground.ready.median / bareLive : null, limit: 1.2, unit: '×', note: `${playground.ready?.median.toFixed(0) ?? '—'} ms vs ${bareLive?.toFixed(0) ?? '—'} ms` },
		{ page: '/playground/', name: '100k-row result drawn and scrolled after the query returns', value: playground.render100k?.median ?? null, limit: 300, unit: 'ms' }
	].map((b) => ({ ...b, pass: b.value !== null && b.value <= b.limit }));
	// The upload must complete (within two minutes) with progress shown; its time is reported, not budgeted.
	playgroundBudgets.push({
		page: '/playground/',
		name: 'a 50 MB CSV upload completes with progress shown',
		value: playground.upload50mb?.median ?? null,
		limit: 120_000, // "completes": a generous bound, not a speed budget
		unit: 'ms',
		note: playground.uploadProgress ? 'progress shown' : 'no progress seen',
		pass: playground.upload50mb !== null && playground.upload50mb.median <= 120_000 && playground.uploadProgress && playground.errors.length === 0
	});
	const budgets = [...dataBudgets(data), ...checkBudgets(pages, summaries), ...playgroundBudgets];
	console.log('\n' + renderData(data) + '\n\n' + render(pages, summaries, budgets, runs, results));

	const chromiumVersion = browser.version();
	const file = join(ROOT, 'bench-results', 'bench.json');
	writeJson(file, {
		date: new Date().toISOString(),
		durationSeconds: Math.round((Date.now() - started) / 1000),
		machine: { cpus: cpus().length, loadAverage: loadavg().map((x) => Math.round(x * 100) / 100), cpuModel: cpus()[0]?.model ?? null, memoryGB: Math.round(totalmem() / 2 ** 30), os: release(), node: process.version, chromium: chromiumVersion, executablePath },
		options: { runs, changes, viewport: '1280x900', cache: 'disabled (fresh context + Network.setCacheDisabled)', server: 'tests/serve.ts (gzip, no-store)' },
		budgets,
		data,
		pages: pages.map((p) => ({ ...p, url: server.url + p.path, summary: summaries.get(p.name), runs: results.get(p.name) })),
		playground: { summary: playground, runs: playgroundRuns }
	});
	console.log(`\nbench: ${file} (${Math.round((Date.now() - started) / 1000)} s, Chromium ${chromiumVersion}, ${cpus().length} CPUs)`);
	const load = loadavg()[1]!;
	if (load > cpus().length * 0.75) console.log(`bench: the machine was busy (load average ${load.toFixed(1)} over 5 min on ${cpus().length} CPUs): timings are noisy.`);
	const failed = budgets.filter((b) => !b.pass);
	if (strict && failed.length) {
		console.error(`bench: ${failed.length} budget(s) failed (--strict)`);
		process.exitCode = 1;
	}
} finally {
	await browser.close();
	await server.close();
}
