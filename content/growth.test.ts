// Each figure of the growth chapter: its SQL (from the essay, run in Node DuckDB over a fresh build of the data)
// against the same numbers computed independently in TypeScript from the source CSVs in data/reference/.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { buildData } from '../data/pipeline/build';
import { openNodeEngine, type NodeEngine } from '../src/lib/db/node';
import { defaults, parseFigureBlocks, type FigureSpec } from '../src/lib/figure/spec';
import type { Params, Row } from '../src/lib/db/types';
import { parseCsv } from '../tests/csv';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const essay = readFileSync(join(root, 'content/growth.md'), 'utf8');
const specs = new Map(parseFigureBlocks(essay).map((s) => [s.id, s]));

/** A reference CSV as records of strings. */
function readCsv(file: string): Record<string, string>[] {
	const [header, ...body] = parseCsv(readFileSync(join(root, 'data/reference', file), 'utf8'));
	return body.filter((r) => r.length > 1).map((r) => Object.fromEntries(header!.map((h, i) => [h, r[i] ?? ''])));
}

const retail = readCsv('china_online_retail.csv');
const users = readCsv('china_internet_users.csv');
const transactions = readCsv('china_ecommerce_transactions.csv');
const timeline = readCsv('platform_timeline.csv');

const digits = (s: string) => s.replace(/[^0-9]/g, '').length;
const num = (s: string) => Number(s.replace(/^[>~<≈]\s*/, ''));
const isExact = (s: string) => !/^[>~<≈]/.test(s.trim());
const confidenceRank = (c: string) => (c === 'high' ? 0 : c === 'medium' ? 1 : 2);
// The site's stated rule for one figure among several sources (data/pipeline/tables.ts, shown on /data/).
const rank = (r: Record<string, string>) => [isExact(r.value!) ? 0 : 1, confidenceRank(r.confidence!), -digits(r.value!), r.source_url!] as const;
const byRank = (a: Record<string, string>, b: Record<string, string>) => {
	const [x, y] = [rank(a), rank(b)];
	for (let i = 0; i < x.length; i++) if (x[i] !== y[i]) return x[i]! < y[i]! ? -1 : 1;
	return 0;
};
/** The figure of a retail indicator for a year, by the essay's rule: exact, high confidence, most digits. */
function bestRetail(indicator: string, year: number) {
	return retail.filter((r) => r.indicator === indicator && Number(r.year) === year && r.period === 'full_year').sort(byRank)[0];
}
/** In ¥100 million (亿元), from the source's own unit. */
function amount100m(r: Record<string, string>): number {
	const v = num(r.value!);
	if (r.unit!.startsWith('100 million')) return v;
	if (r.unit!.startsWith('trillion')) return v * 10_000;
	if (r.unit!.startsWith('billion yuan')) return v * 10;
	throw new Error(`unit ${r.unit}`);
}
const round1 = (x: number) => Math.round(x * 10) / 10;

let dir: string;
let engine: NodeEngine;
const run = async (id: string, params: Params = {}): Promise<Row[]> => {
	const spec = specs.get(id) as FigureSpec;
	return (await engine.query(spec.sql, { params: { ...defaults(spec.params), ...params } })).rows;
};

beforeAll(async () => {
	dir = mkdtempSync(join(tmpdir(), 'growth-test-'));
	await buildData({ outDir: dir });
	engine = await openNodeEngine(dir, [{ alias: 'reference', file: 'reference.duckdb' }]);
});
afterAll(() => {
	engine?.close();
	rmSync(dir, { recursive: true, force: true });
});

describe('the essay', () => {
	it('declares at least six figures, each with a tag', () => {
		expect(specs.size).toBeGreaterThanOrEqual(6);
		for (const id of specs.keys()) expect(essay).toContain(`<Figure id="${id}"`);
	});
	it('every figure returns rows that carry a source_url, for its default values', async () => {
		for (const id of specs.keys()) {
			const rows = await run(id);
			expect(rows.length, id).toBeGreaterThan(0);
			expect(rows.some((r) => typeof r.source_url === 'string'), id).toBe(true);
		}
	});
});

describe('online-retail', () => {
	const series = { 'All online retail': 'online_retail_sales_total', 'Physical goods': 'online_retail_sales_physical' } as const;

	it('levels equal the best source row per year, in ¥ trillion; missing years have no row; 2018 is a lower bound', async () => {
		const rows = await run('online-retail', { measure: 'level' });
		const expected = Object.values(series).flatMap((ind) => Array.from({ length: 11 }, (_, i) => bestRetail(ind, 2014 + i)).filter(Boolean));
		expect(rows).toHaveLength(expected.length);
		for (const r of rows) {
			const best = bestRetail(series[r.series as keyof typeof series], r.year as number)!;
			expect(r.value as number, `${r.series} ${r.year}`).toBeCloseTo(amount100m(best) / 10_000, 9);
			expect(r.source_url).toBe(best.source_url);
			expect(r.value_qualifier).toBe(isExact(best.value!) ? 'exact' : 'lower_bound');
		}
		const total2018 = rows.find((r) => r.year === 2018 && r.series === 'All online retail')!;
		expect([total2018.value, total2018.value_qualifier]).toEqual([9, 'lower_bound']);
		const total2024 = rows.find((r) => r.year === 2024 && r.series === 'All online retail')!;
		expect(total2024.value).toBeCloseTo(15.5225, 9); // the exact NBS figure, not the rounded 15.5
	});

	it('computed growth compares consecutive exact years only, also for the first year shown', async () => {
		const rows = await run('online-retail', { measure: 'growth' });
		expect((await run('online-retail', { measure: 'growth', from_year: 2016 })).find((r) => r.year === 2016 && r.series === 'All online retail')?.value).toBe(33);
		for (const r of rows) {
			const ind = series[r.series as keyof typeof series];
			const [a, b] = [bestRetail(ind, (r.year as number) - 1), bestRetail(ind, r.year as number)];
			const expected = a && b && isExact(a.value!) && isExact(b.value!) ? round1(100 * (amount100m(b) / amount100m(a) - 1)) : null;
			if (expected === null) expect(r.value, `${r.series} ${r.year}`).toBeNull();
			else expect(r.value as number, `${r.series} ${r.year}`).toBeCloseTo(expected, 9);
		}
		expect(rows.find((r) => r.year === 2015 && r.series === 'All online retail')!.value).toBe(39);
	});

	it('published growth is the source figure; the year range filters', async () => {
		const rows = await run('online-retail', { measure: 'reported', from_year: 2016, to_year: 2020 });
		expect(rows.map((r) => `${r.series} ${r.year}`)).toEqual(
			['All online retail', 'Physical goods'].flatMap((s) => [2016, 2017, 2018, 2019, 2020].map((y) => `${s} ${y}`))
		);
		for (const r of rows) {
			const src = retail.filter((x) => x.indicator === `${series[r.series as keyof typeof series]}_yoy` && Number(x.year) === r.year && x.period === 'full_year');
			expect(src.map((x) => Number(x.value))).toContain(r.value);
		}
	});
});

describe('pre-2014-estimates', () => {
	it('has every pre-2014 estimate in yuan, never in USD or percent', async () => {
		const expected = retail.filter((r) => Number(r.year) < 2014 && r.unit !== 'percent' && r.unit !== 'billion US dollars');
		const rows = await run('pre-2014-estimates');
		expect(rows).toHaveLength(expected.length);
		for (const e of expected) {
			const r = rows.find((x) => x.source_url === e.source_url && x.value_text === e.value)!;
			expect(r.trillion as number).toBeCloseTo(amount100m(e) / 10_000, 9);
		}
		expect(await run('pre-2014-estimates', { publisher: 'official' })).toHaveLength(expected.filter((e) => /MOFCOM|SAIC/.test(e.indicator!)).length);
	});
});

describe('physical-share', () => {
	it('published shares are the NBS figures; computed shares are physical ÷ total retail sales', async () => {
		const rows = await run('physical-share', { basis: 'both' });
		const years = [...new Set(retail.map((r) => Number(r.year)))];
		for (const year of years) {
			const pub = bestRetail('physical_share_of_total_retail', year);
			const got = rows.find((r) => r.year === year && r.basis === 'As published');
			if (pub) expect(got?.share_pct).toBe(Number(pub.value));
			const [p, t] = [bestRetail('online_retail_sales_physical', year), bestRetail('total_retail_sales_consumer_goods', year)];
			const comp = rows.find((r) => r.year === year && r.basis === 'Computed');
			if (p && t && isExact(p.value!) && isExact(t.value!)) expect(comp?.share_pct).toBeCloseTo(round1((100 * amount100m(p)) / amount100m(t)), 9);
			else expect(comp).toBeUndefined();
			// Where both exist, the check the essay promises: they agree to the decimal.
			if (got && comp) expect(comp.share_pct).toBe(got.share_pct);
		}
		expect(rows.find((r) => r.year === 2015 && r.basis === 'Computed')?.share_pct).toBe(10.8);
	});
});

describe('internet-users', () => {
	it('one value per indicator and report, the highest-confidence source', async () => {
		const wanted = { 'Internet users': 'internet_users', 'Online shoppers': 'online_shopping_users', 'Online payment users': 'online_payment_users' };
		const rows = await run('internet-users', { metric: 'users', from_year: 2008 });
		const expectedCount = new Set(users.filter((u) => Object.values(wanted).includes(u.indicator!)).map((u) => `${u.indicator}|${u.as_of}`)).size;
		expect(rows).toHaveLength(expectedCount);
		for (const r of rows) {
			const d = r.date as Date;
			const asOf = d.toISOString().slice(0, 7);
			const candidates = users.filter((u) => u.indicator === wanted[r.series as keyof typeof wanted] && u.as_of === asOf);
			candidates.sort(byRank);
			expect(r.value, `${r.series} ${asOf}`).toBe(num(candidates[0]!.value!));
			expect(r.value_qualifier, `${r.series} ${asOf}`).toBe(isExact(candidates[0]!.value!) ? 'exact' : 'lower_bound');
			expect(d.getUTCDate()).toBeGreaterThanOrEqual(28); // the last day of the report's month
		}
		const rates = await run('internet-users', { metric: 'rates', from_year: 2020 });
		expect(rates.every((r) => (r.date as Date).getUTCFullYear() >= 2020 && r.unit === '%')).toBe(true);
	});
});

describe('ecommerce-volume', () => {
	it('keeps every source side by side, one bar each', async () => {
		for (const [scope, indicator] of [['total', 'ecommerce_transaction_volume'], ['b2b', 'ecommerce_b2b_transaction_volume']] as const) {
			const expected = transactions.filter((t) => t.indicator === indicator && t.period === 'full_year');
			const rows = await run('ecommerce-volume', { scope });
			expect(rows).toHaveLength(expected.length);
			expect(rows.map((r) => r.trillion_yuan).sort()).toEqual(expected.map((t) => num(t.value!)).sort());
		}
		const y2014 = (await run('ecommerce-volume')).filter((r) => r.year === 2014);
		expect(y2014.map((r) => r.publisher).sort()).toEqual(['MOFCOM / State Council', 'NBS', 'Private research']);
	});
});

describe('cagr', () => {
	const cagr = (indicator: string, a: number, b: number) => {
		const [x, y] = [bestRetail(indicator, a), bestRetail(indicator, b)];
		return x && y && isExact(x.value!) && isExact(y.value!) ? round1(100 * (Math.pow(amount100m(y) / amount100m(x), 1 / (b - a)) - 1)) : null;
	};
	const userCagr = (indicator: string, a: number, b: number) => {
		const pick = (year: number) => users.filter((u) => u.indicator === indicator && u.as_of === `${year}-12`).sort(byRank)[0];
		const [x, y] = [pick(a), pick(b)];
		return x && y && isExact(x.value!) && isExact(y.value!) ? round1(100 * (Math.pow(num(y.value!) / num(x.value!), 1 / (b - a)) - 1)) : null;
	};
	for (const [a, b] of [[2015, 2024], [2019, 2024], [2014, 2017]] as const) {
		it(`matches (end/start)^(1/years) − 1 for ${a}-${b}`, async () => {
			const rows = await run('cagr', { start_year: a, end_year: b });
			const get = (s: string) => rows.find((r) => r.series === s)?.cagr_pct ?? null;
			expect(get('Online retail sales')).toBe(cagr('online_retail_sales_total', a, b));
			expect(get('Online sales of physical goods')).toBe(cagr('online_retail_sales_physical', a, b));
			expect(get('Total retail sales (all channels)')).toBe(cagr('total_retail_sales_consumer_goods', a, b));
			expect(get('Internet users')).toBe(userCagr('internet_users', a, b));
			expect(get('Online shoppers')).toBe(userCagr('online_shopping_users', a, b));
		});
	}
	it('refuses a window that ends before it starts, with a message', async () => {
		await expect(run('cagr', { start_year: 2020, end_year: 2016 })).rejects.toThrow('Choose an end year after the start year.');
	});
});

describe('timeline', () => {
	const finance = (t: Record<string, string>) => t.actor_type === 'internet' && ['payments', 'internet_finance', 'consumer_credit', 'supply_chain_finance'].includes(t.category!);
	it('filters by actor type and year, in date order', async () => {
		const cases = [
			['all', 1998, () => true],
			['banks', 1998, (t: Record<string, string>) => t.actor_type === 'bank'],
			['regulators', 2015, (t: Record<string, string>) => t.actor_type === 'regulator'],
			['finance', 1998, finance],
			['both', 1998, (t: Record<string, string>) => t.actor_type === 'bank' || finance(t)]
		] as const;
		for (const [show, from, keep] of cases) {
			const rows = await run('timeline', { show, from_year: from });
			const expected = timeline.filter((t) => keep(t) && Number(t.date!.slice(0, 4)) >= from);
			expect(rows.length, show).toBe(expected.length);
			const dates = rows.map((r) => (r.date as Date).getTime());
			expect(dates).toEqual([...dates].sort((p, q) => p - q));
		}
		const closure = (await run('timeline', { show: 'banks' })).find((r) => r.date_text === '2022-06-30')!;
		expect(closure.actor).toBe('ICBC');
	});
});
