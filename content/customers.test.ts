// Each figure of the customers chapter: its SQL (from the essay, run in Node DuckDB over a fresh 20,000-customer build
// of the synthetic dataset) against the same numbers computed by brute force in TypeScript from the generator's own
// arrays (generate() with the same options: the same data), anchored to src/lib/synth/levels.ts. Then the study's
// finding bands, measured by the figures' SQL, on three seeds.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { buildData } from '../data/pipeline/build';
import { openNodeEngine, type NodeEngine } from '../src/lib/db/node';
import { defaults, parseFigureBlocks, type FigureSpec } from '../src/lib/figure/spec';
import { failedChecks } from '../src/lib/figure/checks';
import type { Params, Row } from '../src/lib/db/types';
import {
	DEFAULT_SEED,
	STUDY_GRID,
	customerStats,
	generate,
	gridLevels,
	gridScores,
	levelSummary,
	monthOfDay,
	quantileLevels,
	tgi,
	type SynthData
} from '../src/lib/synth';
import type { CustomerStats } from '../src/lib/synth/levels';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const essay = readFileSync(join(root, 'content/customers.md'), 'utf8');
const specs = new Map(parseFigureBlocks(essay).map((s) => [s.id, s]));
const spec = (id: string) => {
	const s = specs.get(id);
	if (!s) throw new Error(`content/customers.md has no figure ${id}`);
	return s;
};

const N = 20_000;
const YEAR = 2015;
const SEEDS = [DEFAULT_SEED, 1, 2];
const LEVELS = [1, 2, 3, 4, 5];
const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];
const LOW_END = ['food_beverage', 'topup_fuel', 'agri_specialty', 'clothing_shoes', 'health_beauty'];
const TOP_END = ['auto', 'appliances', 'precious_metals', 'jewellery_gifts', 'travel', 'digital'];

/** DuckDB's round(x, d) for the positive values here (half away from zero). */
const round = (x: number, d = 0) => Math.round(x * 10 ** d) / 10 ** d;
/** quantile_cont(0.5), as DuckDB interpolates it. */
function median(xs: number[]): number {
	const s = [...xs].sort((a, b) => a - b);
	const h = (s.length - 1) / 2;
	const lo = s[Math.floor(h)]!;
	const hi = s[Math.ceil(h)]!;
	return lo + (h - Math.floor(h)) * (hi - lo);
}

/**
 * The figures' final SELECT replaced by `tail`: the same CTEs (the figure's own grading, levels, ranks), read
 * differently. The final SELECT is the last line that starts with SELECT (the CTEs' SELECTs are indented or inline).
 */
function withTail(sql: string, tail: string): string {
	const at = sql.lastIndexOf('\nSELECT ');
	if (at < 0) throw new Error('no final SELECT at the start of a line');
	return sql.slice(0, at) + '\n' + tail;
}

// ---- the data, in TypeScript ----------------------------------------------------------------------------------

interface Brute {
	data: SynthData;
	stats: CustomerStats;
	/** Day of year of each customer's last order. */
	lastDay: Uint16Array;
	codes: readonly string[];
}

function brute(seed: number): Brute {
	const data = generate({ customers: N, seed });
	const stats = customerStats(data.orders, N, (d) => monthOfDay(YEAR, d));
	const lastDay = new Uint16Array(N);
	for (let r = 0; r < data.orders.order_id.length; r++) {
		const i = data.orders.customer_id[r]! - 1;
		lastDay[i] = Math.max(lastDay[i]!, data.orders.order_date[r]!);
	}
	return { data, stats, lastDay, codes: data.dict.category };
}

/** The shared level controls of the chapter. */
interface LevelParams {
	f: [number, number, number, number];
	m: [number, number, number, number];
	wf: number;
	wm: number;
	basis: 'year' | 'active';
}

const toParams = (p: LevelParams): Params => ({
	f2: p.f[0], f3: p.f[1], f4: p.f[2], f5: p.f[3],
	m2: p.m[0], m3: p.m[1], m4: p.m[2], m5: p.m[3],
	wf: p.wf, wm: p.wm, basis: p.basis
});

const DEFAULT_LEVELS: LevelParams = { f: [2, 4, 7, 13], m: [50, 200, 800, 3000], wf: 0.3, wm: 0.7, basis: 'year' };
const PARAM_SETS: [string, LevelParams][] = [
	['the defaults', DEFAULT_LEVELS],
	['other band edges (a spend edge in half yuan)', { f: [3, 5, 10, 20], m: [37.5, 150, 1000, 5000], wf: 0.3, wm: 0.7, basis: 'year' }],
	['weights 0.5/0.5, spend per active month', { ...DEFAULT_LEVELS, wf: 0.5, wm: 0.5, basis: 'active' }],
	['other edges and weights 0.4/0.6, per active month', { f: [2, 3, 4, 5], m: [100, 400, 1600, 6000], wf: 0.4, wm: 0.6, basis: 'active' }]
];

interface Graded {
	f: Uint8Array;
	m: Uint8Array;
	/** 1000 × (wf·F + wm·M), an integer: orders like the SQL's DECIMAL score. */
	score: Int32Array;
	level: Uint8Array;
	quantile: Uint8Array;
	/** Monthly spend in CNY on the chosen basis. */
	monthly: Float64Array;
}

/** The chapter's grading, by brute force: bands, score, grid level and quintile level of every customer. */
function grade(b: Brute, p: LevelParams): Graded {
	const { orders, cents, activeMonths } = b.stats;
	const wf = Math.round(p.wf * 1000);
	const wm = Math.round(p.wm * 1000);
	const mCents = p.m.map((e) => Math.round(e * 100));
	const g: Graded = {
		f: new Uint8Array(N), m: new Uint8Array(N), score: new Int32Array(N), level: new Uint8Array(N),
		quantile: new Uint8Array(N), monthly: new Float64Array(N)
	};
	for (let i = 0; i < N; i++) {
		const months = p.basis === 'year' ? 12 : activeMonths[i]!;
		const f = 1 + p.f.filter((e) => orders[i]! >= e).length;
		const m = 1 + mCents.filter((e) => cents[i]! >= e * months).length;
		g.f[i] = f;
		g.m[i] = m;
		g.score[i] = wf * f + wm * m;
		g.level[i] = Math.max(1, Math.floor(g.score[i]! / 1000));
		g.monthly[i] = cents[i]! / 100 / months;
	}
	g.quantile = quantileLevels(g.score);
	return g;
}

/** TGI of each level × category, weighted by orders (1) or by spend (cents). */
function tgiBySpend(b: Brute, level: Uint8Array): number[][] {
	const o = b.data.orders;
	const k = b.codes.length;
	const cell = LEVELS.map(() => new Float64Array(k));
	const byCat = new Float64Array(k);
	for (let r = 0; r < o.order_id.length; r++) {
		const w = Math.round(o.amount[r]! * 100);
		cell[level[o.customer_id[r]! - 1]! - 1]![o.category[r]!]! += w;
		byCat[o.category[r]!]! += w;
	}
	const total = byCat.reduce((s, x) => s + x, 0);
	return cell.map((row) => {
		const lvl = row.reduce((s, x) => s + x, 0);
		return Array.from(row, (w, c) => (100 * (w / lvl)) / (byCat[c]! / total));
	});
}

// ---- the builds -----------------------------------------------------------------------------------------------

let base: string;
const engines = new Map<number, NodeEngine>();
const bruteBySeed = new Map<number, Brute>();
let b: Brute;
let categories: Row[];

async function open(seed: number): Promise<NodeEngine> {
	const out = join(base, `seed-${seed}`);
	await buildData({ outDir: out, truthDir: join(base, `truth-${seed}`), synthetic: { customers: N, seed } });
	const engine = await openNodeEngine(out, [{ alias: 'customers', file: 'customers.duckdb' }]);
	engines.set(seed, engine);
	return engine;
}

const query = async (seed: number, sql: string, params: Params = {}): Promise<Row[]> => (await engines.get(seed)!.query(sql, { params })).rows;
/** Only the values of `params` that the query declares (a step and a figure each take their own). */
const own = (id: string, params: Params): Params => Object.fromEntries(Object.entries(params).filter(([k]) => spec(id).params.some((p) => p.name === k)));
/** The steps a figure reads, made with their defaults overridden by `params` (the page's step panel). */
async function makeSteps(id: string, params: Params, seed: number) {
	for (const u of spec(id).uses) await engines.get(seed)!.query(spec(u).sql, { params: { ...defaults(spec(u).params), ...own(u, params) }, step: u });
}
/** A figure's rows for its defaults overridden by `params`, on the default seed unless told. */
async function run(id: string, params: Params = {}, seed = DEFAULT_SEED): Promise<Row[]> {
	await makeSteps(id, params, seed);
	// A query that uses a step reads the step's values too (the essay's steps and figures share them).
	return query(seed, spec(id).sql, valuesFor(id, params));
}
/** The values a figure's query reads: its steps' (defaults overridden by `params`), then its own. */
function valuesFor(id: string, params: Params): Params {
	const stepValues = Object.assign({}, ...spec(id).uses.map((u) => ({ ...defaults(spec(u).params), ...own(u, params) })));
	return { ...stepValues, ...defaults(spec(id).params), ...own(id, params) };
}

beforeAll(async () => {
	base = mkdtempSync(join(tmpdir(), 'customers-test-'));
	await open(DEFAULT_SEED);
	b = brute(DEFAULT_SEED);
	bruteBySeed.set(DEFAULT_SEED, b);
	categories = await query(DEFAULT_SEED, 'SELECT code, name_en, name_zh, big_ticket, median_cny FROM categories');
});

afterAll(() => {
	for (const e of engines.values()) e.close();
	if (base) rmSync(base, { recursive: true, force: true });
});

const nameOf = (code: string) => String(categories.find((c) => c.code === code)!.name_en);
const codeOf = (name: string) => String(categories.find((c) => c.name_en === name)!.code);

// ---- the tests ------------------------------------------------------------------------------------------------

describe('the brute force itself', () => {
	it('agrees with levels.ts for every yearly parameter set (grid and quintile levels)', () => {
		for (const [what, p] of PARAM_SETS.filter(([, p]) => p.basis === 'year' && p.wf * 10 === Math.round(p.wf * 10))) {
			const grid = { orderEdges: p.f, spendEdges: p.m, wF: Math.round(p.wf * 10), wM: Math.round(p.wm * 10) };
			const g = grade(b, p);
			expect(Buffer.from(g.level).equals(Buffer.from(gridLevels(b.stats, grid))), what).toBe(true);
			expect(Buffer.from(g.quantile).equals(Buffer.from(quantileLevels(gridScores(b.stats, grid)))), what).toBe(true);
		}
		expect(Buffer.from(grade(b, DEFAULT_LEVELS).level).equals(Buffer.from(gridLevels(b.stats, STUDY_GRID)))).toBe(true);
	});

	it('every parameter set passes the figures’ own checks', () => {
		for (const [what, p] of PARAM_SETS) expect(failedChecks(spec('levels').checks, toParams(p)), what).toEqual([]);
	});
});

describe('the essay', () => {
	it('has the seven figures, each with its tag', () => {
		expect([...specs.keys()].sort()).toEqual(['level-activity', 'level-grid', 'level-shares', 'level-tgi', 'levels', 'lorenz', 'seasonality', 'top-categories']);
		for (const id of specs.keys()) expect(essay).toContain(`<Figure id="${id}"`);
	});

	it('every figure’s SQL runs, with rows, for every combination of its select options', async () => {
		let runs = 0;
		for (const s of specs.values()) {
			const selects = s.params.filter((p) => p.kind === 'select');
			let combos: Params[] = [{}];
			for (const p of selects) combos = combos.flatMap((c) => p.options!.map((o) => ({ ...c, [p.name]: o.value })));
			for (const c of combos) {
				const rows = await run(s.id, c);
				expect(rows.length, `${s.id} ${JSON.stringify(c)}`).toBeGreaterThan(0);
				runs++;
			}
		}
		expect(runs).toBeGreaterThanOrEqual(20);
	});
});

describe.each(PARAM_SETS)('level-grid, %s', (_, p) => {
	it('every cell: its customers and the level of its bands, as the brute force', async () => {
		const g = grade(b, p);
		const count = new Map<string, number>();
		for (let i = 0; i < N; i++) count.set(`${g.f[i]},${g.m[i]}`, (count.get(`${g.f[i]},${g.m[i]}`) ?? 0) + 1);
		const rows = await run('level-grid', toParams(p));
		expect(rows.map((r) => [r.f, r.m])).toEqual([5, 4, 3, 2, 1].flatMap((m) => [1, 2, 3, 4, 5].map((f) => [f, m])));
		const wf = Math.round(p.wf * 1000);
		const wm = Math.round(p.wm * 1000);
		let total = 0;
		for (const r of rows) {
			const [f, m] = [r.f as number, r.m as number];
			const n = count.get(`${f},${m}`) ?? 0;
			const at = `cell F${f} M${m}`;
			expect(r.customers, at).toBe(n);
			expect(r.level, at).toBe(Math.max(1, Math.floor((wf * f + wm * m) / 1000)));
			expect(r.customer_pct, at).toBeCloseTo(round((100 * n) / N, 1), 9);
			expect(r.label, at).toBe(n === 0 ? null : n * 1000 < N ? '<0.1%' : `${round((100 * n) / N, 1).toFixed(1)}%`);
			total += r.customers as number;
		}
		expect(total).toBe(N);
		// A customer's level is the level of their cell.
		const levelOf = new Map(rows.map((r) => [`${r.f},${r.m}`, r.level]));
		for (let i = 0; i < N; i += 97) expect(levelOf.get(`${g.f[i]},${g.m[i]}`)).toBe(g.level[i]);
	});

	it('labels the bands by their edges', async () => {
		const rows = await run('level-grid', toParams(p));
		const fe = [1, ...p.f];
		const fLabel = (f: number) => (f === 5 ? `${fe[4]}+` : fe[f - 1] === fe[f]! - 1 ? `${fe[f - 1]}` : `${fe[f - 1]}-${fe[f]! - 1}`);
		for (const r of rows) expect(r.orders_band).toBe(fLabel(r.f as number));
		// Spend edges as the reader typed them (50, 37.5), whatever the others are.
		const me = [0, ...p.m];
		const mLabel = (m: number) => (m === 1 ? `< ¥${me[1]}` : m === 5 ? `¥${me[4]}+` : `¥${me[m - 1]}-${me[m]}`);
		for (const r of rows) expect(r.spend_band).toBe(mLabel(r.m as number));
	});
});

describe.each(PARAM_SETS)('level-shares, %s', (_, p) => {
	it.each(['grid', 'quantile'])('method=%s: shares of customers, orders and spend per level within 0.05 points', async (method) => {
		const g = grade(b, p);
		const levels = method === 'grid' ? g.level : g.quantile;
		const summary = levelSummary(levels, b.stats).filter((l) => l.customers > 0);
		const rows = await run('level-shares', { ...toParams(p), method });
		expect(rows.map((r) => [r.level, r.measure])).toEqual(summary.flatMap((l) => ['Customers', 'Orders', 'Spend'].map((m) => [l.level, m])));
		for (const r of rows) {
			const l = summary.find((x) => x.level === r.level)!;
			const share = { Customers: l.customerShare, Orders: l.orderShare, Spend: l.spendShare }[r.measure as string]!;
			expect(Math.abs((r.share_pct as number) - 100 * share), `level ${r.level} ${r.measure}`).toBeLessThanOrEqual(0.05 + 1e-9);
		}
		if (method === 'quantile') for (const r of rows.filter((x) => x.measure === 'Customers')) expect(r.share_pct).toBe(20);
	});

	it.each(['grid', 'quantile'])('method=%s: every customer is in the level of the brute force', async (method) => {
		const g = grade(b, p);
		const expected = method === 'grid' ? g.level : g.quantile;
		const sql = withTail(spec('level-shares').sql, 'SELECT customer_id, level FROM lv ORDER BY customer_id');
		await makeSteps('level-shares', toParams(p), DEFAULT_SEED);
		const rows = await query(DEFAULT_SEED, sql, valuesFor('level-shares', { ...toParams(p), method }));
		expect(rows).toHaveLength(N);
		const got = Uint8Array.from(rows, (r) => r.level as number);
		expect(rows.every((r, i) => r.customer_id === i + 1)).toBe(true);
		let wrong = 0;
		for (let i = 0; i < N; i++) if (got[i] !== expected[i]) wrong++;
		expect(wrong).toBe(0);
		if (method === 'quantile') expect(LEVELS.map((l) => got.filter((x) => x === l).length)).toEqual(LEVELS.map(() => N / 5));
	});
});

describe.each(PARAM_SETS.slice(0, 3))('level-activity, %s', (_, p) => {
	it.each(['orders', 'active', 'recency', 'monthly'])('measure=%s per level and for all customers', async (measure) => {
		const g = grade(b, p);
		const { orders, activeMonths } = b.stats;
		const dec31 = b.data.dict.order_date.length - 1;
		const groups = [...LEVELS.filter((l) => g.level.includes(l)).map((l) => `Level ${l}`), 'All customers'];
		const members = (grp: string) => {
			const out: number[] = [];
			for (let i = 0; i < N; i++) if (grp === 'All customers' || `Level ${g.level[i]}` === grp) out.push(i);
			return out;
		};
		const value = (ix: number[]) => {
			const mean = (f: (i: number) => number) => ix.reduce((s, i) => s + f(i), 0) / ix.length;
			if (measure === 'orders') return round(mean((i) => orders[i]!), 1);
			if (measure === 'active') return round((100 * mean((i) => activeMonths[i]!)) / 12, 1);
			if (measure === 'recency') return median(ix.map((i) => dec31 - b.lastDay[i]!));
			return round(median(ix.map((i) => g.monthly[i]!)), 0);
		};
		const rows = await run('level-activity', { ...toParams(p), measure });
		expect(rows.map((r) => r.group)).toEqual(groups);
		for (const r of rows) {
			const ix = members(r.group as string);
			expect(r.customers, String(r.group)).toBe(ix.length);
			expect(r.value as number, String(r.group)).toBeCloseTo(value(ix), 9);
		}
	});
});

describe('lorenz', () => {
	const series = (name: string) => {
		const x: number[] = Array.from<number>(name === 'Spend' ? b.stats.cents : b.stats.orders);
		// Ascending, ties by customer_id (the index).
		const order = x.map((_, i) => i).sort((i, j) => x[i]! - x[j]! || i - j);
		const cum: number[] = [0];
		for (const i of order) cum.push(cum[cum.length - 1]! + x[i]!);
		const total = cum[N]!;
		let s = 0;
		order.forEach((idx, k) => (s += (k + 1) * x[idx]!));
		const gini = (2 * s) / (N * total) - (N + 1) / N;
		const top20 = 1 - cum[Math.round(0.8 * N)]! / total;
		return { cum, total, gini, top20 };
	};

	it('Gini and top-20 % share of the figure’s formula equal the brute force in float64 (1e-9)', async () => {
		const rows = await query(DEFAULT_SEED, withTail(spec('lorenz').sql, 'SELECT series, gini, top20 FROM stats ORDER BY series'), {});
		expect(rows.map((r) => r.series)).toEqual(['Orders', 'Spend']);
		for (const r of rows) {
			const t = series(r.series as string);
			expect(Math.abs((r.gini as number) - t.gini), `${r.series} gini`).toBeLessThanOrEqual(1e-9);
			expect(Math.abs((r.top20 as number) - t.top20), `${r.series} top20`).toBeLessThanOrEqual(1e-9);
		}
	});

	it('the figure’s rows: the rounded Gini, top-20 % and note, and every curve point at its index', async () => {
		const rows = await run('lorenz');
		expect([...new Set(rows.map((r) => r.series))]).toEqual(['Spend', 'Orders']);
		const step = Math.max(1, Math.floor(N / 200));
		const at80 = Math.round(0.8 * N);
		for (const name of ['Spend', 'Orders']) {
			const t = series(name);
			const pts = rows.filter((r) => r.series === name);
			const idx = [0, ...Array.from({ length: N }, (_, k) => k + 1).filter((i) => i === N || i % step === 0 || i === at80)];
			expect(pts).toHaveLength(idx.length);
			pts.forEach((r, k) => {
				const i = idx[k]!;
				expect(r.customers_share, `${name} point ${i}`).toBeCloseTo(round(i / N, 4), 12);
				expect(Math.abs((r.value_share as number) - round(t.cum[i]! / t.total, 4)), `${name} point ${i}`).toBeLessThanOrEqual(1e-9);
				expect(r.gini).toBeCloseTo(round(t.gini, 4), 12);
				expect(r.top20_pct).toBeCloseTo(round(100 * t.top20, 1), 12);
				expect(r.note, `${name} point ${i}`).toBe(
					i === at80 ? `Top 20 %: ${Math.round(100 * t.top20)} % of ${name.toLowerCase()} · Gini ${round(t.gini, 2)}` : null
				);
			});
			// A Lorenz curve: from (0, 0), rising, convex below the diagonal, to (1, 1).
			expect([pts[0]!.customers_share, pts[0]!.value_share]).toEqual([0, 0]);
			expect([pts.at(-1)!.customers_share, pts.at(-1)!.value_share]).toEqual([1, 1]);
			for (let k = 1; k < pts.length; k++) {
				expect(pts[k]!.customers_share as number).toBeGreaterThan(pts[k - 1]!.customers_share as number);
				expect(pts[k]!.value_share as number).toBeGreaterThanOrEqual(pts[k - 1]!.value_share as number);
				expect(pts[k]!.value_share as number).toBeLessThanOrEqual((pts[k]!.customers_share as number) + 1e-9);
			}
		}
	});
});

describe.each(PARAM_SETS.slice(0, 3))('level-tgi, %s', (_, p) => {
	it.each(['orders', 'spend'])('weight=%s: TGI of every level × category within 0.5 of the brute force', async (weight) => {
		const g = grade(b, p);
		const present = LEVELS.filter((l) => g.level.includes(l));
		const k = b.codes.length;
		const expected = weight === 'orders' ? LEVELS.map((l) => tgi(b.data.orders, g.level, [l], k)) : tgiBySpend(b, g.level);
		// Counts per cell, to tell an empty cell (a level that never bought the category) from a TGI of 0.
		const n = LEVELS.map(() => new Int32Array(k));
		for (let r = 0; r < b.data.orders.order_id.length; r++) n[g.level[b.data.orders.customer_id[r]! - 1]! - 1]![b.data.orders.category[r]!]!++;
		const rows = await run('level-tgi', { ...toParams(p), weight });
		const byMedian = [...categories].sort((x, y) => (y.median_cny as number) - (x.median_cny as number)).map((c) => c.name_en);
		expect(rows.map((r) => [r.level, r.category])).toEqual(present.flatMap((l) => byMedian.map((c) => [`Level ${l}`, c])));
		for (const r of rows) {
			const l = Number(String(r.level).replace('Level ', ''));
			const c = b.codes.indexOf(codeOf(r.category as string));
			const at = `${r.level} ${r.category}`;
			if (n[l - 1]![c] === 0) {
				expect(r.tgi === null || r.tgi === 0, at).toBe(true);
				continue;
			}
			expect(Math.abs((r.tgi as number) - expected[l - 1]![c]!), at).toBeLessThanOrEqual(0.5 + 1e-9);
			expect(r.label, at).toBe(String(r.tgi));
		}
	});
});

describe('top-categories', () => {
	it.each(LEVELS)('level %s: TGI by orders of every category, most over-indexed first', async (level) => {
		const levels = gridLevels(b.stats, STUDY_GRID);
		const expected = tgi(b.data.orders, levels, [level], b.codes.length);
		const rows = await run('top-categories', { level: String(level) });
		const bought = new Set<number>();
		for (let r = 0; r < b.data.orders.order_id.length; r++) if (levels[b.data.orders.customer_id[r]! - 1] === level) bought.add(b.data.orders.category[r]!);
		// Every category, as the caption says: one the level never bought has a TGI of 0 (the brute force's value).
		expect(rows).toHaveLength(b.codes.length);
		for (const r of rows) {
			const cat = categories.find((c) => r.category === `${c.name_en} ${c.name_zh}`);
			expect(cat, String(r.category)).toBeDefined();
			const c = b.codes.indexOf(String(cat!.code));
			if (!bought.has(c)) expect(r.tgi === null || r.tgi === 0, String(r.category)).toBe(true);
			else expect(Math.abs((r.tgi as number) - expected[c]!), String(r.category)).toBeLessThanOrEqual(0.5 + 1e-9);
		}
		expect(new Set(rows.map((r) => r.category)).size).toBe(b.codes.length);
		const tgis = rows.map((r) => (r.tgi as number | null) ?? -1);
		expect(tgis).toEqual([...tgis].sort((x, y) => y - x));
	});

	it('agrees with level-tgi at the default grid', async () => {
		const grid = await run('level-tgi');
		for (const level of LEVELS) {
			const rows = await run('top-categories', { level: String(level) });
			for (const r of rows) {
				const name = categories.find((c) => r.category === `${c.name_en} ${c.name_zh}`)!.name_en;
				// level-tgi leaves a category the level never bought empty (null); top-categories lists it at 0.
				expect(grid.find((x) => x.level === `Level ${level}` && x.category === name)?.tgi ?? 0, `${level} ${name}`).toBe(r.tgi);
			}
		}
	});
});

describe('seasonality', () => {
	const counts = () => {
		const n = b.codes.map(() => new Array<number>(12).fill(0));
		for (let r = 0; r < b.data.orders.order_id.length; r++) n[b.data.orders.category[r]!]![monthOfDay(YEAR, b.data.orders.order_date[r]!)]!++;
		return n;
	};

	it.each(['all', 'big', 'small'])('show=%s: the month index of every category and month', async (show) => {
		const n = counts();
		const rows = await run('seasonality', { show });
		const cats = [...categories]
			.filter((c) => show === 'all' || c.big_ticket === (show === 'big'))
			.sort((x, y) => (y.median_cny as number) - (x.median_cny as number));
		expect(cats.length).toBeGreaterThan(0);
		expect(rows.map((r) => [r.category, r.month])).toEqual(cats.flatMap((c) => MONTHS.map((m) => [c.name_en, m])));
		for (const r of rows) {
			const months = n[b.codes.indexOf(codeOf(r.category as string))]!;
			// "its average orders per month": the year's orders / 12.
			const avg = months.reduce((s, x) => s + x, 0) / 12;
			const x = months[MONTHS.indexOf(r.month as string)]!;
			expect(Math.abs((r.month_index as number) - (100 * x) / avg), `${r.category} ${r.month}`).toBeLessThanOrEqual(0.5 + 1e-9);
			expect(r.month_index, `${r.category} ${r.month}`).toBe(Math.round((100 * x) / avg));
			expect(r.label).toBe(String(r.month_index));
		}
	});

	it('November is the peak month of all orders (SQL and brute force)', async () => {
		const rows = await query(DEFAULT_SEED, 'SELECT month(order_date)::INTEGER AS m, count(*) AS n FROM orders GROUP BY m ORDER BY m');
		const byMonth = counts().reduce((acc, row) => acc.map((s, m) => s + row[m]!), new Array<number>(12).fill(0));
		expect(rows.map((r) => r.n)).toEqual(byMonth);
		const nov = byMonth[10]!;
		expect(byMonth.every((x, m) => m === 10 || x < nov)).toBe(true);
	});
});

// ---- the study's findings, as the figures' SQL measures them, on three seeds -----------------------------------

describe.each(SEEDS)('the study’s finding bands by the SQL, seed %s', (seed) => {
	beforeAll(async () => {
		if (!engines.has(seed)) await open(seed);
	});

	const shares = async () => {
		const rows = await run('level-shares', { method: 'grid' }, seed);
		const get = (levels: number[], measure: string) =>
			rows.filter((r) => levels.includes(r.level as number) && r.measure === measure).reduce((s, r) => s + (r.share_pct as number), 0);
		return get;
	};

	it('levels 1-2: at least 60 % of customers, at most 12 % of spend', async () => {
		const get = await shares();
		expect(get([1, 2], 'Customers')).toBeGreaterThanOrEqual(60);
		expect(get([1, 2], 'Spend')).toBeLessThanOrEqual(12);
	});

	it('levels 4-5: at most 15 % of customers, at least 65 % of spend', async () => {
		const get = await shares();
		expect(get([4, 5], 'Customers')).toBeLessThanOrEqual(15);
		expect(get([4, 5], 'Spend')).toBeGreaterThanOrEqual(65);
	});

	it('level 2 orders at least as often as the average customer', async () => {
		const rows = await run('level-activity', { measure: 'orders' }, seed);
		const v = (g: string) => rows.find((r) => r.group === g)!.value as number;
		expect(v('Level 2')).toBeGreaterThanOrEqual(v('All customers'));
	});

	it('quintiles put exactly 20 % of customers in every level', async () => {
		const rows = await run('level-shares', { method: 'quantile' }, seed);
		expect(rows.filter((r) => r.measure === 'Customers').map((r) => r.share_pct)).toEqual([20, 20, 20, 20, 20]);
	});

	// The bands are about the groups L1-2 and L4-5, so the figure's own SQL runs with those groups as its levels
	// (its levels CTE renamed and regrouped; everything else as the essay has it).
	it('levels 1-2 over-index on everyday categories, levels 4-5 on big tickets (TGI > 100)', async () => {
		// The step's table, then regrouped in place (a TEMP table of the same name) before the figure's own SQL runs.
		await makeSteps('level-tgi', {}, seed);
		await query(seed, 'CREATE OR REPLACE TEMP TABLE levels0 AS SELECT * FROM levels');
		await query(seed, 'CREATE OR REPLACE TEMP TABLE levels AS SELECT customer_id, CASE WHEN level <= 2 THEN 12 WHEN level >= 4 THEN 45 ELSE 3 END AS level FROM levels0');
		const rows = await query(seed, spec('level-tgi').sql, defaults(spec('level-tgi').params));
		const at = (group: string, code: string) => rows.find((r) => r.level === `Level ${group}` && r.category === nameOf(code))?.tgi as number;
		for (const c of LOW_END) expect(at('12', c), `L1-2 ${c}`).toBeGreaterThan(100);
		for (const c of TOP_END) expect(at('45', c), `L4-5 ${c}`).toBeGreaterThan(100);
		if (seed === DEFAULT_SEED) {
			// The regrouped SQL is the brute force's TGI of the two groups.
			const levels = gridLevels(b.stats, STUDY_GRID);
			const low = tgi(b.data.orders, levels, [1, 2], b.codes.length);
			const high = tgi(b.data.orders, levels, [4, 5], b.codes.length);
			b.codes.forEach((code, c) => {
				expect(Math.abs(at('12', code) - low[c]!), `L1-2 ${code}`).toBeLessThanOrEqual(0.5 + 1e-9);
				expect(Math.abs(at('45', code) - high[c]!), `L4-5 ${code}`).toBeLessThanOrEqual(0.5 + 1e-9);
			});
		}
	});

	it('November is the peak month', async () => {
		const rows = await query(seed, 'SELECT month(order_date)::INTEGER AS m, count(*) AS n FROM orders GROUP BY m ORDER BY n DESC LIMIT 2');
		expect(rows[0]!.m).toBe(11);
		expect(rows[0]!.n as number).toBeGreaterThan(rows[1]!.n as number);
	});
});
