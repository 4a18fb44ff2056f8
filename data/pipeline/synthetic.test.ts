// The synthetic customer tables of the data pipeline (customers.duckdb, their downloads, the manifest entries and the
// ground truth), built into temporary folders at 20,000 customers: determinism, prefix stability, integrity, the
// derived customer_year against a recomputation from the generator's arrays, the null model, and the options parser.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { buildData } from './build';
import type { Manifest } from './manifest';
import { DEFAULT_CUSTOMERS, syntheticOptions } from './synthetic';
import { customerYear, syntheticTables } from '../../src/lib/synth/schema';
import { openScratchDuckDB } from '../../src/lib/db/node';
import type { Row } from '../../src/lib/db/types';
import { DEFAULT_PARAMS, DEFAULT_SEED, generate, monthOfDay, type SynthData } from '../../src/lib/synth';

const N = 20_000;
const PREFIX = 5_000;
const OTHER_SEED = 1;
const YEAR = DEFAULT_PARAMS.window_year;
const sq = (s: string) => `'${s.replaceAll("'", "''")}'`;

interface Built {
	out: string;
	truth: string;
	manifest: Manifest;
}

let base: string;
/** a, b: the default dataset twice; seed: another seed; small: 5,000 customers; nul: plant = false. */
const builds = {} as Record<'a' | 'b' | 'seed' | 'small' | 'nul', Built>;
let data: SynthData;
let db: Awaited<ReturnType<typeof openScratchDuckDB>>;
const all = (sql: string): Promise<Row[]> => db.all(sql);
/** The single number a query returns. */
const one = async (sql: string): Promise<number> => Number(Object.values((await all(sql))[0]!)[0]);

async function build(name: keyof typeof builds, synthetic: { customers: number; seed?: number; plant?: boolean }) {
	const out = join(base, name, 'out');
	const truth = join(base, name, 'truth');
	builds[name] = { out, truth, manifest: await buildData({ outDir: out, truthDir: truth, synthetic }) };
}

beforeAll(async () => {
	base = mkdtempSync(join(tmpdir(), 'synthetic-test-'));
	await build('a', { customers: N, seed: DEFAULT_SEED });
	await build('b', { customers: N, seed: DEFAULT_SEED });
	await build('seed', { customers: N, seed: OTHER_SEED });
	await build('small', { customers: PREFIX });
	await build('nul', { customers: N, plant: false });
	data = generate({ customers: N, seed: DEFAULT_SEED });
	db = await openScratchDuckDB();
	for (const [name, b] of Object.entries(builds)) await db.run(`ATTACH ${sq(join(b.out, 'customers.duckdb'))} AS ${name} (READ_ONLY)`);
});

afterAll(() => {
	db?.close();
	if (base) rmSync(base, { recursive: true, force: true });
});

const synthNames = [...syntheticTables.map((t) => t.name), customerYear.name];
const files = (b: Built) => readdirSync(b.out).sort();
const same = (x: string, y: string) => readFileSync(x).equals(readFileSync(y));

describe('determinism', () => {
	it('two builds of the same options write the same file names', () => {
		expect(files(builds.b)).toEqual(files(builds.a));
		for (const t of synthNames) for (const ext of ['parquet', 'csv']) expect(files(builds.a)).toContain(`${t}.${ext}`);
	});

	it('every Parquet and CSV file, and the ground truth, is byte-identical', () => {
		const downloads = files(builds.a).filter((f) => f.endsWith('.parquet') || f.endsWith('.csv'));
		expect(downloads.length).toBe(2 * builds.a.manifest.tables.length);
		for (const f of downloads) expect(same(join(builds.a.out, f), join(builds.b.out, f)), f).toBe(true);
		expect(same(join(builds.a.truth, 'truth.parquet'), join(builds.b.truth, 'truth.parquet'))).toBe(true);
	});

	it('customers.duckdb holds the same rows in every table', async () => {
		for (const t of synthNames) {
			const [x, y] = [`a.main.${t}`, `b.main.${t}`];
			expect(await one(`SELECT count(*) FROM (SELECT * FROM ${x} EXCEPT ALL SELECT * FROM ${y})`), t).toBe(0);
			expect(await one(`SELECT count(*) FROM (SELECT * FROM ${y} EXCEPT ALL SELECT * FROM ${x})`), t).toBe(0);
		}
	});

	it('customers.duckdb is byte-identical', () => {
		expect(same(join(builds.a.out, 'customers.duckdb'), join(builds.b.out, 'customers.duckdb'))).toBe(true);
	});

	it('manifest.json is byte-identical', () => {
		expect(same(join(builds.a.out, 'manifest.json'), join(builds.b.out, 'manifest.json'))).toBe(true);
	});

	it('another seed gives other synthetic tables (and the same real ones and categories)', () => {
		const [a, s] = [builds.a.out, builds.seed.out];
		expect(same(join(a, 'customers.duckdb'), join(s, 'customers.duckdb'))).toBe(false);
		for (const t of ['customers', 'orders', 'holdings', 'customer_year'])
			for (const ext of ['parquet', 'csv']) expect(same(join(a, `${t}.${ext}`), join(s, `${t}.${ext}`)), `${t}.${ext}`).toBe(false);
		for (const ext of ['parquet', 'csv']) expect(same(join(a, `categories.${ext}`), join(s, `categories.${ext}`))).toBe(true);
		expect(same(join(a, 'reference.duckdb'), join(s, 'reference.duckdb'))).toBe(true);
		expect(builds.seed.manifest.generator.seed).toBe(OTHER_SEED);
	});
});

describe('prefix stability', () => {
	it.each(['customers', 'orders', 'holdings', 'customer_year'])('%s: customers 1..5000 have the same rows at 5k and at 20k', async (t) => {
		const big = `(SELECT * FROM a.main.${t} WHERE customer_id <= ${PREFIX})`;
		const small = `small.main.${t}`;
		expect(await one(`SELECT count(*) FROM (SELECT * FROM ${big} EXCEPT ALL SELECT * FROM ${small})`)).toBe(0);
		expect(await one(`SELECT count(*) FROM (SELECT * FROM ${small} EXCEPT ALL SELECT * FROM ${big})`)).toBe(0);
		expect(await one(`SELECT count(*) FROM ${small}`)).toBeGreaterThanOrEqual(PREFIX);
		expect(await one(`SELECT max(customer_id) FROM ${small}`)).toBe(PREFIX);
	});
});

describe('integrity (SQL on the built file)', () => {
	it('keys are unique and 1..n', async () => {
		for (const [t, k] of [['customers', 'customer_id'], ['holdings', 'customer_id'], ['orders', 'order_id'], ['customer_year', 'customer_id']]) {
			const [r] = await all(`SELECT count(*) AS n, count(DISTINCT ${k}) AS d, min(${k}) AS lo, max(${k}) AS hi, count(${k}) AS nn FROM a.main.${t}`);
			expect(r, t).toEqual({ n: r!.n, d: r!.n, lo: 1, hi: r!.n, nn: r!.n });
		}
		expect(await one('SELECT count(*) FROM a.main.customers')).toBe(N);
		expect(await one('SELECT count(*) FROM a.main.holdings')).toBe(N);
	});

	it('every order belongs to a customer, every customer has at least one order', async () => {
		expect(await one('SELECT count(*) FROM a.main.orders o ANTI JOIN a.main.customers c USING (customer_id)')).toBe(0);
		expect(await one('SELECT count(*) FROM a.main.customers c ANTI JOIN a.main.orders o USING (customer_id)')).toBe(0);
		expect(await one('SELECT count(*) FROM a.main.holdings h ANTI JOIN a.main.customers c USING (customer_id)')).toBe(0);
	});

	it('amounts are positive with at most two decimals; dates are in 2015', async () => {
		const [r] = await all(`SELECT count(*) FILTER (WHERE amount IS NULL OR amount <= 0) AS nonpositive,
			count(*) FILTER (WHERE amount * 100 <> floor(amount * 100) OR NOT regexp_full_match(amount::VARCHAR, '[0-9]+[.][0-9]{2}')) AS fraction_of_cent,
			count(*) FILTER (WHERE order_date IS NULL OR order_date < DATE '${YEAR}-01-01' OR order_date > DATE '${YEAR}-12-31') AS outside,
			min(amount)::DOUBLE AS lo FROM a.main.orders`);
		expect(r).toEqual({ nonpositive: 0, fraction_of_cent: 0, outside: 0, lo: r!.lo });
		expect(r!.lo).toBeGreaterThanOrEqual(1);
		const types = await all("SELECT column_name, data_type FROM duckdb_columns() WHERE database_name = 'a' AND table_name = 'orders' AND column_name IN ('amount', 'order_date') ORDER BY column_name");
		expect(types).toEqual([{ column_name: 'amount', data_type: 'DECIMAL(12,2)' }, { column_name: 'order_date', data_type: 'DATE' }]);
		// The CSV download prints every amount with exactly two decimals.
		const amounts = readFileSync(join(builds.a.out, 'orders.csv'), 'utf8').split('\n').slice(1, 2001).map((l) => l.split(',')[4]);
		for (const a of amounts) expect(a).toMatch(/^\d+\.\d{2}$/);
	});

	it('holding flags are all 0 or 1', async () => {
		const flags = Object.keys(syntheticTables[2]!.types).filter((c) => c !== 'customer_id');
		expect(flags).toEqual([...DEFAULT_PARAMS.holdings.products]);
		for (const f of flags) expect(await one(`SELECT count(*) FROM a.main.holdings WHERE ${f} IS NULL OR ${f} NOT IN (0, 1)`), f).toBe(0);
		// …and not constant: every product has holders and non-holders.
		for (const f of flags) expect(await one(`SELECT count(DISTINCT ${f}) FROM a.main.holdings`), f).toBe(2);
	});

	it('categories: 12 rows, every code used by orders, every Chinese name non-empty', async () => {
		const cats = await all('SELECT code, name_en, name_zh, big_ticket FROM a.main.categories ORDER BY code');
		expect(cats).toHaveLength(12);
		for (const c of cats) {
			expect(String(c.name_zh ?? '').trim(), String(c.code)).not.toBe('');
			expect(String(c.name_en ?? '').trim(), String(c.code)).not.toBe('');
		}
		expect(cats.map((c) => c.code)).toEqual([...data.dict.category].sort());
		expect(await one('SELECT count(*) FROM a.main.orders o ANTI JOIN a.main.categories c ON c.code = o.category')).toBe(0);
		expect(await one('SELECT count(DISTINCT category) FROM a.main.orders')).toBe(12);
	});

	it('orders are the generator’s orders (count, per-category counts and cents)', async () => {
		expect(await one('SELECT count(*) FROM a.main.orders')).toBe(data.orders.order_id.length);
		const byCat = new Map<string, { n: number; cents: number }>();
		for (let r = 0; r < data.orders.order_id.length; r++) {
			const code = data.dict.category[data.orders.category[r]!]!;
			const c = byCat.get(code) ?? { n: 0, cents: 0 };
			c.n++;
			c.cents += Math.round(data.orders.amount[r]! * 100);
			byCat.set(code, c);
		}
		const rows = await all('SELECT category, count(*) AS n, (sum(amount) * 100)::BIGINT AS cents FROM a.main.orders GROUP BY category');
		expect(Object.fromEntries(rows.map((r) => [r.category, { n: r.n, cents: r.cents }]))).toEqual(Object.fromEntries(byCat));
	});
});

describe('customer_year', () => {
	it('equals a recomputation from the generator’s arrays, for every customer', async () => {
		const n = data.customers.customer_id.length;
		const orders = new Int32Array(n);
		const cents = new Float64Array(n);
		const months = new Uint16Array(n);
		const last = new Uint16Array(n);
		const o = data.orders;
		for (let r = 0; r < o.order_id.length; r++) {
			const i = o.customer_id[r]! - 1;
			const d = o.order_date[r]!;
			orders[i]!++;
			cents[i]! += Math.round(o.amount[r]! * 100);
			months[i] = months[i]! | (1 << monthOfDay(YEAR, d));
			last[i] = Math.max(last[i]!, d);
		}
		const bits = (x: number) => x.toString(2).replaceAll('0', '').length;
		const rows = await all(`SELECT customer_id, orders, (spend * 100)::BIGINT AS cents, active_months, recency_days
			FROM a.main.customer_year ORDER BY customer_id`);
		expect(rows).toHaveLength(n);
		const dec31 = data.dict.order_date.length - 1;
		const bad: string[] = [];
		rows.forEach((r, i) => {
			const expected = {
				customer_id: i + 1,
				orders: orders[i],
				cents: cents[i],
				active_months: bits(months[i]!),
				recency_days: dec31 - last[i]!
			};
			if (JSON.stringify(r) !== JSON.stringify(expected)) bad.push(`${JSON.stringify(r)} ≠ ${JSON.stringify(expected)}`);
		});
		expect(bad.slice(0, 5)).toEqual([]);
		expect(bad.length).toBe(0);
	});

	it('is documented as derived from orders, with its SQL in the manifest', () => {
		const t = builds.a.manifest.tables.find((x) => x.name === 'customer_year')!;
		expect(t.derived_from).toBe('orders');
		expect(t.sql).toBe(customerYear.select);
	});
});

describe('manifest.json', () => {
	it('lists both databases with their real size and sha256', () => {
		const m = builds.a.manifest;
		expect(m.databases.map((d) => [d.alias, d.path, d.kind])).toEqual([
			['reference', 'reference.duckdb', 'real'],
			['customers', 'customers.duckdb', 'synthetic']
		]);
		expect(JSON.parse(readFileSync(join(builds.a.out, 'manifest.json'), 'utf8'))).toEqual(m);
	});

	it('the synthetic tables are kind synthetic, in customers, with row counts of the generator’s arrays', () => {
		const m = builds.a.manifest;
		const synth = m.tables.filter((t) => t.database === 'customers');
		expect(synth.map((t) => t.name)).toEqual(synthNames);
		const expected: Record<string, number> = {
			customers: data.customers.customer_id.length,
			orders: data.orders.order_id.length,
			holdings: data.holdings.customer_id.length,
			holdings_null: data.holdings_null.customer_id.length,
			categories: data.categories.length,
			customer_year: data.customers.customer_id.length
		};
		for (const t of synth) {
			expect(t.kind, t.name).toBe('synthetic');
			expect(t.rows, t.name).toBe(expected[t.name]);
			expect(t.description.trim(), t.name).not.toBe('');
			for (const c of t.columns) expect(c.description.trim(), `${t.name}.${c.name}`).not.toBe('');
		}
		expect(m.tables.filter((t) => t.kind === 'synthetic')).toEqual(synth);
	});

	it('records how the dataset was generated', () => {
		expect(builds.a.manifest.generator).toMatchObject({ customers: N, seed: DEFAULT_SEED, plant: true, window_year: YEAR, orders: data.orders.order_id.length });
		expect(builds.small.manifest.generator).toMatchObject({ customers: PREFIX, seed: DEFAULT_SEED, plant: true });
		expect(builds.nul.manifest.generator).toMatchObject({ customers: N, seed: DEFAULT_SEED, plant: false });
		expect(builds.seed.manifest.generator).toMatchObject({ customers: N, seed: OTHER_SEED, plant: true });
	});
});

describe('ground truth', () => {
	it('truth.parquet is in truthDir, with the archetype and the planted flags of every customer', async () => {
		const path = join(builds.a.truth, 'truth.parquet');
		expect(existsSync(path)).toBe(true);
		const cols = (await all(`SELECT column_name FROM (DESCRIBE SELECT * FROM read_parquet(${sq(path)}))`)).map((r) => r.column_name);
		const flags = ['g1_eligible', 'g1_fired', 'g2_eligible', 'g2_fired', 'g3_eligible', 'g3_fired'];
		expect(cols).toEqual(['customer_id', 'archetype', ...flags]);
		const rows = await all(`SELECT * FROM read_parquet(${sq(path)}) ORDER BY customer_id`);
		expect(rows).toHaveLength(N);
		const t = data.truth;
		let bad = 0;
		rows.forEach((r, i) => {
			const expected: Row = { customer_id: i + 1, archetype: data.dict.archetype[t.archetype[i]!]! };
			for (const f of flags) expected[f] = t[f as keyof typeof t][i]!;
			if (JSON.stringify(r) !== JSON.stringify(expected)) bad++;
		});
		expect(bad).toBe(0);
		// The plants fired for some customers of each group.
		for (const g of ['g1', 'g2', 'g3']) expect(rows.some((r) => r[`${g}_fired`] === 1), g).toBe(true);
	});

	it('nothing named truth* is published, and the manifest never mentions it', () => {
		for (const b of Object.values(builds)) {
			expect(readdirSync(b.out).filter((f) => f.toLowerCase().startsWith('truth'))).toEqual([]);
			expect(readdirSync(b.out).filter((f) => f.startsWith('.'))).toEqual([]);
			expect(readFileSync(join(b.out, 'manifest.json'), 'utf8')).not.toMatch(/truth|archetype/i);
		}
	});
});

describe('plant = false (the null model)', () => {
	it('customers, order dates, categories and amounts are identical', async () => {
		for (const [t, cols] of [
			['customers', '*'],
			['orders', 'order_id, customer_id, order_date, category, amount'],
			['customer_year', '*'],
			['categories', '*']
		]) {
			const [x, y] = [`SELECT ${cols} FROM a.main.${t}`, `SELECT ${cols} FROM nul.main.${t}`];
			expect(await one(`SELECT count(*) FROM (${x} EXCEPT ALL ${y})`), t).toBe(0);
			expect(await one(`SELECT count(*) FROM (${y} EXCEPT ALL ${x})`), t).toBe(0);
		}
	});

	it('holdings differ only in the planted products, only for customers a plant fired for', async () => {
		const truth = `read_parquet(${sq(join(builds.a.truth, 'truth.parquet'))})`;
		let changed = 0;
		for (const g of ['g1', 'g2', 'g3'] as const) {
			const p = DEFAULT_PARAMS.planted[g].product;
			const n = await one(`SELECT count(*) FROM a.main.holdings a JOIN nul.main.holdings z USING (customer_id) WHERE a.${p} <> z.${p}`);
			// Switching a plant off can only take the product away, and only where that plant fired.
			const unexplained = await one(`SELECT count(*) FROM a.main.holdings a JOIN nul.main.holdings z USING (customer_id) JOIN ${truth} t USING (customer_id)
				WHERE a.${p} <> z.${p} AND NOT (a.${p} = 1 AND z.${p} = 0 AND t.${g}_fired = 1)`);
			expect(unexplained, g).toBe(0);
			changed += n;
		}
		expect(changed).toBeGreaterThan(100);
		const planted = new Set(Object.values(DEFAULT_PARAMS.planted).map((g) => g.product));
		for (const p of DEFAULT_PARAMS.holdings.products.filter((x) => !planted.has(x)))
			expect(await one(`SELECT count(*) FROM a.main.holdings a JOIN nul.main.holdings z USING (customer_id) WHERE a.${p} <> z.${p}`), p).toBe(0);
		// The null build's truth: nothing fired.
		const nulTruth = `read_parquet(${sq(join(builds.nul.truth, 'truth.parquet'))})`;
		expect(await one(`SELECT count(*) FROM ${nulTruth} WHERE g1_fired + g2_fired + g3_fired > 0`)).toBe(0);
	});

	// generate.ts: the null model differs "only in the holdings the plants switch on (and the payment of those
	// customers' orders, which needs a credit card or loan)".
	it('pay_method differs only for customers whose credit card or consumer loan changed', async () => {
		const differs = await one(`SELECT count(*) FROM a.main.orders a JOIN nul.main.orders z USING (order_id) WHERE a.pay_method <> z.pay_method`);
		const unexplained = await one(`SELECT count(*) FROM a.main.orders a JOIN nul.main.orders z USING (order_id)
			JOIN a.main.holdings ha ON ha.customer_id = a.customer_id JOIN nul.main.holdings hz ON hz.customer_id = a.customer_id
			WHERE a.pay_method <> z.pay_method AND ha.credit_card = hz.credit_card AND ha.consumer_loan = hz.consumer_loan`);
		expect(unexplained).toBe(0);
		expect(differs).toBeGreaterThan(0);
		// And a credit-card payment always comes with a credit card, an instalment with a card or a loan, in both builds.
		for (const b of ['a', 'nul']) {
			const bad = await one(`SELECT count(*) FROM ${b}.main.orders o JOIN ${b}.main.holdings h USING (customer_id)
				WHERE (o.pay_method = 'credit_card' AND h.credit_card = 0) OR (o.pay_method = 'installment' AND h.credit_card = 0 AND h.consumer_loan = 0)`);
			expect(bad, b).toBe(0);
		}
	});
});

describe('syntheticOptions (npm run data -- …)', () => {
	const defaults = { customers: DEFAULT_CUSTOMERS, seed: DEFAULT_SEED, plant: true };

	it('defaults to 100,000 customers, the default seed, planted', () => {
		expect(DEFAULT_CUSTOMERS).toBe(100_000);
		expect(syntheticOptions([], {})).toEqual(defaults);
	});

	it('reads --customers N, --customers=N, --seed, --no-plant', () => {
		expect(syntheticOptions(['--customers', '5000'], {})).toEqual({ ...defaults, customers: 5000 });
		expect(syntheticOptions(['--customers=20000'], {})).toEqual({ ...defaults, customers: 20000 });
		expect(syntheticOptions(['--customers=1_000_000'], {})).toEqual({ ...defaults, customers: 1_000_000 });
		expect(syntheticOptions(['--seed', '7'], {})).toEqual({ ...defaults, seed: 7 });
		expect(syntheticOptions(['--seed=4294967295'], {})).toEqual({ ...defaults, seed: 4294967295 });
		expect(syntheticOptions(['--seed', '0'], {})).toEqual({ ...defaults, seed: 0 });
		expect(syntheticOptions(['--no-plant'], {})).toEqual({ ...defaults, plant: false });
		expect(syntheticOptions(['--seed', '9', '--no-plant', '--customers=300'], {})).toEqual({ customers: 300, seed: 9, plant: false });
	});

	it('reads SYNTH_CUSTOMERS, SYNTH_SEED and SYNTH_PLANT=false; the command line wins', () => {
		expect(syntheticOptions([], { SYNTH_CUSTOMERS: '3000', SYNTH_SEED: '5', SYNTH_PLANT: 'false' })).toEqual({ customers: 3000, seed: 5, plant: false });
		expect(syntheticOptions([], { SYNTH_PLANT: '0' }).plant).toBe(false);
		expect(syntheticOptions([], { SYNTH_PLANT: 'true' }).plant).toBe(true);
		expect(syntheticOptions(['--customers', '40'], { SYNTH_CUSTOMERS: '3000' }).customers).toBe(40);
		expect(syntheticOptions(['--seed=8'], { SYNTH_SEED: '5' }).seed).toBe(8);
	});

	it.each([
		[['--customers', '0'], {}, /--customers.*whole number.*"0"/],
		[['--customers=0'], {}, /--customers.*"0"/],
		[['--customers', '-5'], {}, /--customers.*"-5"/],
		[['--customers=-5'], {}, /--customers.*"-5"/],
		[['--customers', '2.5'], {}, /--customers.*"2\.5"/],
		[['--customers', 'many'], {}, /--customers.*"many"/],
		[['--customers', '2000001'], {}, /--customers.*2000000/],
		[[], { SYNTH_CUSTOMERS: '0' }, /--customers.*"0"/],
		[[], { SYNTH_CUSTOMERS: '12.5' }, /--customers.*"12\.5"/],
		[['--seed', '-1'], {}, /--seed.*"-1"/],
		[['--seed', '1.5'], {}, /--seed.*"1\.5"/],
		[['--seed', '4294967296'], {}, /--seed.*4294967295/],
		[[], { SYNTH_SEED: 'x' }, /--seed.*"x"/],
		[['--customers'], {}, /--customers needs a value/],
		[['--customers', '--no-plant'], {}, /--customers needs a value/],
		[['--customers='], {}, /--customers.*""/],
		[['--customers', '1e3'], {}, /--customers.*"1e3"/],
		[['--seed', '0x10'], {}, /--seed.*"0x10"/]
	] as [string[], NodeJS.ProcessEnv, RegExp][])('refuses %j %j with a message', (argv, env, message) => {
		expect(() => syntheticOptions(argv, env)).toThrow(message);
	});
});
