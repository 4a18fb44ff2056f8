// The synthetic customer dataset → customers.duckdb (its own file, so pages without customer figures never fetch
// it). The generator's column arrays are staged as plain CSV text (written in chunks: 1 M customers are ~7 M
// orders) and read back with declared types, nothing sniffed. Ground truth (archetypes, planted flags) goes to a
// separate folder that the site never publishes: tests use it.
import { closeSync, mkdirSync, openSync, rmSync, writeSync } from 'node:fs';
import { join } from 'node:path';
import { DEFAULT_SEED, generate, type SynthData } from '../../src/lib/synth';
import { enumCasts, enumColumns, type EnumColumns } from '../../src/lib/synth/enums';
import type { openScratchDuckDB } from '../../src/lib/db/node';
import { customerYear, syntheticTables } from '../../src/lib/synth/schema';

type Db = Awaited<ReturnType<typeof openScratchDuckDB>>;
const sq = (s: string) => `'${s.replaceAll("'", "''")}'`;

export interface SyntheticOptions {
	customers: number;
	seed: number;
	plant: boolean;
}

export const DEFAULT_CUSTOMERS = 100_000;

/** What /data/ prints about how the dataset was made. */
export interface GeneratorInfo extends SyntheticOptions {
	window_year: number;
	orders: number;
	generator: string;
}

/** `npm run data -- --customers N --seed S --no-plant`, or SYNTH_CUSTOMERS / SYNTH_SEED / SYNTH_PLANT=false. */
export function syntheticOptions(argv: string[], env: NodeJS.ProcessEnv): SyntheticOptions {
	const arg = (name: string) => {
		const i = argv.indexOf(`--${name}`);
		if (i >= 0) {
			const v = argv[i + 1];
			if (v === undefined || v.startsWith('--')) throw new Error(`--${name} needs a value`);
			return v;
		}
		return argv.find((a) => a.startsWith(`--${name}=`))?.slice(name.length + 3);
	};
	const int = (raw: string | undefined, fallback: number, what: string, min: number, max: number) => {
		if (raw === undefined) return fallback;
		// Plain decimal digits only (with _ as a separator): no 1e3, 0x10 or empty values slipping through Number().
		if (!/^\d[\d_]*$/.test(raw)) throw new Error(`${what} must be a whole number from ${min} to ${max} (got "${raw}")`);
		const n = Number(raw.replaceAll('_', ''));
		if (n < min || n > max) throw new Error(`${what} must be a whole number from ${min} to ${max} (got "${raw}")`);
		return n;
	};
	return {
		customers: int(arg('customers') ?? env.SYNTH_CUSTOMERS, DEFAULT_CUSTOMERS, '--customers', 1, 2_000_000),
		seed: int(arg('seed') ?? env.SYNTH_SEED, DEFAULT_SEED, '--seed', 0, 0xffffffff),
		plant: !(argv.includes('--no-plant') || env.SYNTH_PLANT === 'false' || env.SYNTH_PLANT === '0')
	};
}

/** Writes `columns` row by row as CSV (values never contain commas, quotes or newlines: codes and numbers). */
function stageCsv(path: string, header: string[], n: number, cell: (col: number, row: number) => string) {
	const fd = openSync(path, 'w');
	try {
		writeSync(fd, header.join(',') + '\n');
		const chunk = 50_000;
		for (let start = 0; start < n; start += chunk) {
			const lines: string[] = [];
			for (let r = start; r < Math.min(n, start + chunk); r++) {
				const cells: string[] = [];
				for (let c = 0; c < header.length; c++) cells.push(cell(c, r));
				lines.push(cells.join(','));
			}
			writeSync(fd, lines.join('\n') + '\n');
		}
	} finally {
		closeSync(fd);
	}
}

function stage(data: SynthData, dir: string) {
	const { customers: c, orders: o, holdings: h, dict } = data;
	const cents = (a: number) => (Math.round(a * 100) / 100).toFixed(2);
	const custCols: ((r: number) => string)[] = [
		(r) => String(c.customer_id[r]), (r) => dict.age_band[c.age_band[r]!]!, (r) => dict.gender[c.gender[r]!]!,
		(r) => dict.region[c.region[r]!]!, (r) => String(c.city_tier[r]), (r) => dict.card_type[c.card_type[r]!]!,
		(r) => dict.register_month[c.register_month[r]!]!
	];
	stageCsv(join(dir, 'customers.csv'), Object.keys(syntheticTables[0]!.types), c.customer_id.length, (k, r) => custCols[k]!(r));
	const orderCols: ((r: number) => string)[] = [
		(r) => String(o.order_id[r]), (r) => String(o.customer_id[r]), (r) => dict.order_date[o.order_date[r]!]!,
		(r) => dict.category[o.category[r]!]!, (r) => cents(o.amount[r]!), (r) => dict.pay_method[o.pay_method[r]!]!
	];
	stageCsv(join(dir, 'orders.csv'), Object.keys(syntheticTables[1]!.types), o.order_id.length, (k, r) => orderCols[k]!(r));
	const holdingCols = Object.keys(syntheticTables.find((t) => t.name === 'holdings')!.types);
	stageCsv(join(dir, 'holdings.csv'), holdingCols, h.customer_id.length, (k, r) => String(h[holdingCols[k]!]![r]));
	const hn = data.holdings_null;
	stageCsv(join(dir, 'holdings_null.csv'), holdingCols, hn.customer_id.length, (k, r) => String(hn[holdingCols[k]!]![r]));
	const cats = data.categories;
	const medians = new Map(data.params.categories.map((d) => [d.code, d.median_cny]));
	stageCsv(join(dir, 'categories.csv'), Object.keys(syntheticTables.find((t) => t.name === 'categories')!.types), cats.length, (k, r) => {
		const row = cats[r]!;
		return [row.code, row.name_en, row.name_zh, String(row.big_ticket), String(medians.get(row.code as never))][k]!;
	});
	const t = data.truth;
	const truthCols = ['customer_id', ...Object.keys(t)] as const;
	stageCsv(join(dir, 'truth.csv'), [...truthCols], c.customer_id.length, (k, r) =>
		k === 0 ? String(c.customer_id[r]) : k === 1 ? dict.archetype[t.archetype[r]!]! : String(t[truthCols[k] as keyof typeof t][r])
	);
}

/**
 * Generates the dataset and writes its tables into `<outDir>/customers.duckdb` (attached in `db` as `customers`).
 * Returns the generator's description; the caller documents the tables (same `describe` as the real ones).
 */
export async function buildSynthetic(db: Db, outDir: string, truthDir: string, options: SyntheticOptions): Promise<GeneratorInfo> {
	const data = generate({ customers: options.customers, seed: options.seed, plant: options.plant });
	const staging = join(outDir, '.staging');
	mkdirSync(staging, { recursive: true });
	try {
		stage(data, staging);
		// 64 KiB blocks: 5.2 MB against 6.0 MB with the default 256 KiB (which waste the tail of each row group's
		// segment; 16 KiB blocks cost more in metadata than they save). The default storage format: the 1.3 and 1.4
		// formats write differing bytes on every build (DICT_FSST strings; 1.4 also a random header field).
		await db.run(`ATTACH ${sq(join(outDir, 'customers.duckdb'))} AS customers (BLOCK_SIZE 65536)`);
		for (const t of syntheticTables) {
			const types = Object.entries(t.types).map(([k, v]) => `${sq(k)}: ${sq(v)}`).join(', ');
			const enums = enumColumns(data.dict)[t.name as keyof EnumColumns];
			await db.run(`CREATE TABLE customers.main.${t.name} AS SELECT *${enums ? ` REPLACE (${enumCasts(enums)})` : ''}
				FROM read_csv(${sq(join(staging, t.name + '.csv'))}, header = true, auto_detect = false, delim = ',', quote = '',
				columns = {${types}}) ORDER BY ${t.orderBy}`);
		}
		await db.run('USE customers');
		await db.run(`CREATE TABLE ${customerYear.name} AS ${customerYear.select} ORDER BY ${customerYear.orderBy}`);
		await db.run('USE memory');
		// Ground truth: tests only, never under static/.
		mkdirSync(truthDir, { recursive: true });
		await db.run(`COPY (SELECT * FROM read_csv(${sq(join(staging, 'truth.csv'))}, header = true, all_varchar = false) ORDER BY customer_id)
			TO ${sq(join(truthDir, 'truth.parquet'))} (FORMAT parquet)`);
	} finally {
		rmSync(staging, { recursive: true, force: true });
	}
	return { ...options, window_year: data.params.window_year, orders: data.orders.order_id.length, generator: 'src/lib/synth (generate)' };
}
