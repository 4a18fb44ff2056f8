// Medians (with min/max) per page, the budgets of DESIGN.md checked against them, the printed tables, and the JSON.

import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname } from 'node:path';
import { CATEGORIES, type Category } from './network';
import { median, type RunResult } from './measure-page';

export interface PageSpec {
	name: string;
	path: string;
	bare: boolean;
	/** the bare page this page's time to live is compared with (its database file and one query) */
	baseline?: string;
	/** recompute budget in ms (DESIGN: 30 ms for aggregate figures; the customer levels issue: 100 ms) */
	recomputeBudget?: number;
	/** the control whose changes are timed */
	control?: string;
	/** a figure the change must redraw, timed with the rest (the association groups, four steps downstream) */
	waitFor?: string;
	/** a ready chapter (the per-chapter budgets apply) */
	chapter: boolean;
	figures: boolean;
}

export interface Stat {
	median: number;
	min: number;
	max: number;
}

export interface PageSummary {
	fcp: Stat | null;
	firstChart: Stat | null;
	/** per run firstChart / FCP */
	chartOverFcp: Stat | null;
	/** every figure of the first screen live (reported, not budgeted) */
	live: Stat | null;
	/** the time to live: the first figure of the first screen live (the bare page: live) */
	firstFigureLive: Stat | null;
	/** median of each run's median recompute */
	recompute: Stat | null;
	bytesBeforeFirstChart: Stat | null;
	bytesAtLive: Stat | null;
	bytes: Record<Category | 'total', number>;
	requests: Record<Category | 'total', number>;
	phases: Record<string, Stat | null>;
	errors: string[];
}

export interface Budget {
	page: string;
	name: string;
	value: number | null;
	limit: number;
	unit: string;
	pass: boolean;
	note?: string;
}

const KB = 1000;

export function stat(xs: (number | null | undefined)[]): Stat | null {
	const v = xs.filter((x): x is number => typeof x === 'number' && Number.isFinite(x));
	return v.length ? { median: median(v), min: Math.min(...v), max: Math.max(...v) } : null;
}

/** Where the time to live goes, from the request log: engine start, wasm download, compile/open, data, draw. */
export function phases(run: RunResult): Record<string, number | null> {
	// The site spawns DuckDB's worker right after the first paint (app.html's inline script), or when the page asks
	// for the engine (src/lib/figure/live.svelte.ts), whichever comes first.
	const spawned = [run.marks['engine:spawned'], run.marks['engine:asked']].filter((t): t is number => t != null);
	const engineStart = (spawned.length ? Math.min(...spawned) : null) ?? run.marks['bare:start'] ?? run.engineRequested ?? null;
	// The wasm itself: the largest wasm request.
	const wasm = run.log.filter((r) => r.category === 'wasm').sort((a, b) => b.bytes - a.bytes)[0];
	const worker = run.log.find((r) => /duckdb-browser-eh\.worker/.test(r.url));
	const data = run.log.filter((r) => r.category === 'data');
	const dataStart = data.length ? Math.min(...data.map((r) => r.start)) : null;
	const dataEnd = data.length && data.every((r) => r.end !== null) ? Math.max(...data.map((r) => r.end!)) : null;
	const lateJs = dataEnd === null ? [] : run.log.filter((r) => r.category === 'script' && r.start >= dataEnd);
	const d = (a: number | null | undefined, b: number | null | undefined) => (a == null || b == null ? null : Math.round((b - a) * 10) / 10);
	return {
		'nav → first paint': run.fcp,
		'first paint → engine start': d(run.fcp, engineStart),
		// Absolute: the chapters start DuckDB after their first contentful paint (DESIGN.md), the bare page at once.
		'engine start (since navigation)': engineStart == null ? null : Math.round(engineStart * 10) / 10,
		'engine start → worker script': d(engineStart, worker?.start),
		'→ wasm requested': d(worker?.start, wasm?.start),
		'wasm download': d(wasm?.start, wasm?.end),
		'wasm done → data requested (compile, instantiate, open)': d(wasm?.end, dataStart),
		'data download': d(dataStart, dataEnd),
		'data done → charts JS loaded (lazy Plot chunk)': d(dataEnd, lateJs.length ? Math.max(...lateJs.map((r) => r.end ?? r.start)) : null),
		'data done → first figure live (query, Plot, draw)': d(dataEnd, run.firstFigureLive ?? run.live),
		'time to live (first figure live)': run.firstFigureLive ?? run.live,
		'first → all first-screen figures live': d(run.firstFigureLive ?? run.live, run.live)
	};
}

export function summarize(runs: RunResult[]): PageSummary {
	const per = (f: (r: RunResult) => number | null | undefined) => stat(runs.map(f));
	const medianRecord = (f: (r: RunResult) => Record<Category | 'total', number>) =>
		Object.fromEntries([...CATEGORIES, 'total'].map((c) => [c, median(runs.map((r) => f(r)[c as Category]))])) as Record<Category | 'total', number>;
	const ph = runs.map(phases);
	return {
		fcp: per((r) => r.fcp),
		firstChart: per((r) => r.firstChart),
		chartOverFcp: per((r) => (r.firstChart !== null && r.fcp ? r.firstChart / r.fcp : null)),
		live: per((r) => r.live),
		firstFigureLive: per((r) => r.firstFigureLive ?? r.live),
		recompute: per((r) => r.recompute?.median),
		bytesBeforeFirstChart: per((r) => r.bytesBeforeFirstChart),
		bytesAtLive: per((r) => r.bytesAtLive),
		bytes: medianRecord((r) => r.bytes),
		requests: medianRecord((r) => r.requests),
		phases: Object.fromEntries(Object.keys(ph[0] ?? {}).map((k) => [k, stat(ph.map((p) => p[k]))])),
		errors: runs.flatMap((r) => (r.error ? [r.error] : []))
	};
}

/**
 * How much later than the bare page the chapter started DuckDB, and its first paint, which it waits for: the larger
 * part of the difference in time to live (the bare page starts at once, after a first paint of a heading).
 */
function startNote(s: PageSummary, bare: PageSummary | undefined): string | undefined {
	const start = s.phases['engine start (since navigation)']?.median;
	const bareStart = bare?.phases['engine start (since navigation)']?.median;
	if (start == null || bareStart == null || !s.fcp || !bare?.fcp) return undefined;
	const later = start - bareStart;
	return `engine started ${later >= 0 ? '+' : '−'}${Math.abs(later).toFixed(0)} ms after the bare page's (first paint ${s.fcp.median.toFixed(0)} vs ${bare.fcp.median.toFixed(0)} ms)`;
}

export function checkBudgets(pages: PageSpec[], summaries: Map<string, PageSummary>): Budget[] {
	const out: Budget[] = [];
	const firstBare = pages.find((p) => p.bare)?.name;
	for (const p of pages.filter((x) => !x.bare)) {
		const s = summaries.get(p.name)!;
		const bare = summaries.get(p.baseline ?? firstBare ?? '');
		const failed = s.errors.length ? `${s.errors.length} run(s) failed: ${s.errors[0]}` : undefined;
		if (p.figures) {
			out.push({ page: p.name, name: 'first chart ≤ 1.10 × FCP', value: s.chartOverFcp?.median ?? null, limit: 1.1, unit: '×', pass: (s.chartOverFcp?.median ?? Infinity) <= 1.1 });
			// Like for like: the bare page runs one query and draws one chart, so a chapter is timed until its first
			// figure (one query, one chart) is live. A first screen with more figures runs a query for each, one after
			// the other in the one engine: that is the chapter's content, not the site's overhead. It is reported in
			// the note and the tables, not budgeted.
			const ratio = s.firstFigureLive && bare?.live ? s.firstFigureLive.median / bare.live.median : null;
			const screen = s.live && bare?.live ? s.live.median / bare.live.median : null;
			const more = screen !== null && ratio !== null && screen - ratio >= 0.005 ? `all first-screen figures live: ${screen.toFixed(2)} × (not budgeted)` : undefined;
			out.push({ page: p.name, name: `time to live ≤ 1.15 × ${p.baseline ?? firstBare}`, value: ratio, limit: 1.15, unit: '×', pass: ratio !== null && ratio <= 1.15 && !failed, note: [failed, startNote(s, bare), more].filter(Boolean).join('; ') || undefined });
			const limit = p.recomputeBudget ?? 30;
			if (s.recompute) out.push({ page: p.name, name: `recompute ≤ ${limit} ms (median)`, value: s.recompute.median, limit, unit: 'ms', pass: s.recompute.median <= limit });
		}
		if (p.chapter || p.figures) {
			const v = s.bytesBeforeFirstChart?.median ?? null;
			out.push({
				page: p.name,
				name: `bytes before first chart ≤ 100 kB`,
				value: v === null ? null : v / KB,
				limit: 100,
				unit: 'kB',
				pass: v !== null && v <= 100 * KB,
				note: p.figures ? undefined : 'no figure on this page: bytes before first paint'
			});
		}
	}
	return out;
}

const ms = (s: Stat | null) => (s ? `${fmt(s.median)} [${fmt(s.min)}–${fmt(s.max)}]` : '—');
const fmt = (x: number) => (x >= 100 ? x.toFixed(0) : x.toFixed(1));
const kb = (b: number | null | undefined) => (b == null ? '—' : `${(b / KB).toFixed(b < 10 * KB ? 1 : 0)} kB`);

function table(head: string[], rows: string[][]): string {
	const widths = head.map((h, i) => Math.max(h.length, ...rows.map((r) => (r[i] ?? '').length)));
	const line = (cells: string[]) => cells.map((c, i) => (i === 0 ? c.padEnd(widths[i]!) : c.padStart(widths[i]!))).join('  ');
	return [line(head), widths.map((w) => '─'.repeat(w)).join('  '), ...rows.map(line)].join('\n');
}

export function render(pages: PageSpec[], summaries: Map<string, PageSummary>, budgets: Budget[], runs: number, allRuns: Map<string, RunResult[]>): string {
	const bare = pages.find((p) => p.bare);
	const liveOf = (name: string | undefined) => (name ? summaries.get(name)?.live?.median : undefined);
	const out: string[] = [];
	out.push(`Timings, ms since navigation: median [min–max] of ${runs} runs. Time to live: the first figure of the first screen is live (the bare page: its one query drawn); first screen live: all of them`);
	out.push(
		table(
			['page', 'FCP', 'first chart', 'chart/FCP', 'time to live', 'live/bare', 'first screen live', 'screen/bare', 'recompute'],
			pages.map((p) => {
				const s = summaries.get(p.name)!;
				const base = liveOf(p.baseline ?? bare?.name);
				const over = (x: Stat | null) => (x && base && !p.bare ? (x.median / base).toFixed(2) : '—');
				return [
					p.name,
					ms(s.fcp),
					ms(s.firstChart),
					s.chartOverFcp && !p.bare ? s.chartOverFcp.median.toFixed(2) : '—',
					ms(s.firstFigureLive),
					over(s.firstFigureLive),
					p.bare ? '—' : ms(s.live),
					over(s.live),
					ms(s.recompute)
				];
			})
		)
	);
	out.push('', 'Bytes over the wire (compressed, with headers), median; (n) = requests');
	out.push(
		table(
			['page', 'before chart', 'at live', 'total', ...CATEGORIES.map((c) => (c === 'fetch' ? 'fetch/xhr' : c))],
			pages.map((p) => {
				const s = summaries.get(p.name)!;
				return [p.name, kb(s.bytesBeforeFirstChart?.median), kb(s.bytesAtLive?.median), `${kb(s.bytes.total)} (${s.requests.total})`, ...CATEGORIES.map((c) => (s.requests[c] ? `${kb(s.bytes[c])} (${s.requests[c]})` : '—'))];
			})
		)
	);
	const phaseNames = Object.keys(summaries.get(pages[0]!.name)?.phases ?? {});
	out.push('', 'Where the time to live goes (ms, median), from request times and page marks');
	out.push(table(['phase', ...pages.map((p) => p.name)], phaseNames.map((k) => [k, ...pages.map((p) => { const v = summaries.get(p.name)!.phases[k]; return v ? fmt(v.median) : '—'; })])));
	// Each page's marks of its engine's start (the site's engine:…, the bare page's bare:…), in the order they came.
	for (const p of pages) {
		const runs = allRuns.get(p.name) ?? [];
		const names = [...new Set(runs.flatMap((r) => Object.keys(r.marks)))].filter((n) => /^(bare|engine):/.test(n));
		const at = (n: string) => median(runs.map((r) => r.marks[n] ?? NaN).filter(Number.isFinite));
		if (names.length) out.push('', `${p.name} marks (ms, median): ${names.sort((a, b) => at(a) - at(b)).map((n) => `${n.replace(/^(bare|engine):/, '')} ${fmt(at(n))}`).join(' · ')}`);
	}
	out.push('', 'Budgets (DESIGN.md)');
	for (const b of budgets) {
		const value = b.value === null ? 'n/a' : `${b.unit === '×' ? b.value.toFixed(2) : fmt(b.value)} ${b.unit}`;
		out.push(`  ${b.pass ? 'PASS' : 'FAIL'}  ${b.page.padEnd(12)} ${b.name.padEnd(34)} ${value.padStart(10)} (limit ${b.limit} ${b.unit})${b.note ? `  — ${b.note}` : ''}`);
	}
	const idle = pages.filter((p) => !p.figures && summaries.get(p.name)!.bytes.wasm > 0);
	if (idle.length) out.push('', `Note: ${idle.map((p) => p.name).join(', ')} ha${idle.length > 1 ? 've' : 's'} no figure but still download${idle.length > 1 ? '' : 's'} the engine (wasm + data).`);
	const errors = pages.flatMap((p) => summaries.get(p.name)!.errors.map((e) => `  ${p.name}: ${e}`));
	if (errors.length) out.push('', 'Errors', ...errors);
	return out.join('\n');
}

export function writeJson(path: string, data: unknown) {
	mkdirSync(dirname(path), { recursive: true });
	writeFileSync(path, JSON.stringify(data, null, '\t') + '\n');
}
