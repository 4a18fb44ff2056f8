// The data pipeline, built into temporary folders (never static/data, which the site and other tests use).
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createHash } from 'node:crypto';
import { cpSync, existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { buildData } from './build';
import { derived, tables } from './tables';
import type { Manifest } from './manifest';
import { openScratchDuckDB } from '../../src/lib/db/node';
import type { Row } from '../../src/lib/db/types';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '../..');
const referenceDir = join(root, 'data/reference');
const sq = (s: string) => `'${s.replaceAll("'", "''")}'`;
const sha256 = (path: string) => createHash('sha256').update(readFileSync(path)).digest('hex');

// The synthetic customer dataset at the small size the tests use, its ground truth in the temporary folder (never
// in the repository's .data-truth).
const synthetic = { customers: 20_000 };
const truthDir = () => join(base, 'truth');

let base: string;
let dirA: string;
let dirB: string;
let manifest: Manifest;
let db: Awaited<ReturnType<typeof openScratchDuckDB>>;

/** Rows of a query over the built reference.duckdb (attached as `r`) and the source CSVs. */
const all = (sql: string): Promise<Row[]> => db.all(sql);
/** The source CSV as the pipeline reads it: every column text, no sniffing. */
const rawCsv = (csv: string) => `read_csv(${sq(join(referenceDir, csv))}, header = true, all_varchar = true, delim = ',', quote = '"', escape = '"')`;

beforeAll(async () => {
	base = mkdtempSync(join(tmpdir(), 'data-build-test-'));
	dirA = join(base, 'a');
	dirB = join(base, 'nested/b');
	mkdirSync(dirname(dirB), { recursive: true });
	manifest = await buildData({ outDir: dirA, truthDir: truthDir(), synthetic });
	await buildData({ outDir: dirB, truthDir: join(base, 'truth-b'), synthetic });
	db = await openScratchDuckDB();
	await db.run(`ATTACH ${sq(join(dirA, 'reference.duckdb'))} AS r (READ_ONLY)`);
});

afterAll(() => {
	db?.close();
	if (base) rmSync(base, { recursive: true, force: true });
});

describe('determinism', () => {
	it('writes the same files, byte for byte, on every build', () => {
		const files = readdirSync(dirA).sort();
		expect(readdirSync(dirB).sort()).toEqual(files);
		expect(files.length).toBeGreaterThan(2);
		for (const f of files) expect(readFileSync(join(dirB, f)).equals(readFileSync(join(dirA, f))), f).toBe(true);
	});

	it('leaves no temporary build folders behind', () => {
		expect(readdirSync(base).filter((f) => f.startsWith('.data-build-'))).toEqual([]);
		expect(readdirSync(dirname(dirB)).filter((f) => f.startsWith('.data-build-'))).toEqual([]);
	});
});

describe('manifest.json', () => {
	it('is what buildData returned', () => {
		expect(JSON.parse(readFileSync(join(dirA, 'manifest.json'), 'utf8'))).toEqual(manifest);
	});

	it('lists exactly the files written, with their real size and sha256', () => {
		const listed = [...manifest.databases, ...manifest.tables.flatMap((t) => [t.downloads.parquet, t.downloads.csv])];
		expect(listed.map((f) => f.path).concat('manifest.json').sort()).toEqual(readdirSync(dirA).sort());
		for (const f of listed) {
			expect(f.bytes, f.path).toBe(statSync(join(dirA, f.path)).size);
			expect(f.sha256, f.path).toBe(sha256(join(dirA, f.path)));
		}
	});

	it('names the engine the browser embeds, and the database the engine attaches', () => {
		expect(manifest.version).toBe(1);
		expect(manifest.engine).toBe('DuckDB 1.4.3');
		expect(manifest.databases.map((d) => [d.alias, d.path, d.kind])).toEqual([
			['reference', 'reference.duckdb', 'real'],
			['customers', 'customers.duckdb', 'synthetic']
		]);
	});

	// The reference database's tables; the synthetic customer tables (customers.duckdb) follow them, and
	// synthetic.test.ts checks those.
	const reference = () => manifest.tables.filter((t) => t.database === 'reference');

	it('lists every table of tables.ts (source, then derived) and of the database, nothing else', async () => {
		const inDb = (await all("SELECT table_name FROM duckdb_tables() WHERE database_name = 'r' ORDER BY table_name")).map((t) => t.table_name);
		expect(reference().map((t) => t.name).sort()).toEqual(inDb);
		expect(reference().map((t) => t.name)).toEqual([...tables, ...derived].map((t) => t.name));
		expect(manifest.tables.slice(0, reference().length)).toEqual(reference());
		expect(manifest.tables.slice(reference().length).every((t) => t.database === 'customers' && t.kind === 'synthetic')).toBe(true);
	});

	it.each(derived.map((d) => d.name))('%s: one row per key, the first by the stated rule, with its SQL in the manifest', async (name) => {
		const d = derived.find((x) => x.name === name)!;
		const t = manifest.tables.find((x) => x.name === name)!;
		expect(t.derived_from).toBe(d.derivedFrom);
		expect(t.sql).toBe(d.select);
		const key = name === 'online_retail_best' ? 'indicator, year' : 'indicator, as_of';
		const [{ dup }] = (await all(`SELECT count(*) - count(DISTINCT (${key})) AS dup FROM r.${name}`)) as [{ dup: number }];
		expect(dup).toBe(0);
		// Every key of the source table (full years for retail) has its row here.
		const where = name === 'online_retail_best' ? "WHERE period = 'full_year'" : '';
		const [{ keys }] = (await all(`SELECT count(DISTINCT (${key})) AS keys FROM r.${d.derivedFrom} ${where}`)) as [{ keys: number }];
		expect(t.rows).toBe(keys);
	});

	it.each([...tables, ...derived].map((t) => t.name))('%s: rows equal SELECT count(*)', async (name) => {
		const t = manifest.tables.find((x) => x.name === name)!;
		const [{ n }] = (await all(`SELECT count(*) AS n FROM r.${name}`)) as [{ n: number }];
		expect(t.rows).toBe(n);
		expect(n).toBeGreaterThan(0);
	});

	it.each(tables.map((t) => t.name))('%s: columns match the database and every one is documented', async (name) => {
		const t = manifest.tables.find((x) => x.name === name)!;
		const cols = await all(`SELECT column_name AS name, data_type AS type FROM duckdb_columns() WHERE database_name = 'r' AND table_name = ${sq(name)} ORDER BY column_index`);
		expect(t.columns.map(({ name, type }) => ({ name, type }))).toEqual(cols);
		for (const c of t.columns) expect(c.description.trim(), `${name}.${c.name}`).not.toBe('');
		expect(t.description.trim()).not.toBe('');
		expect(existsSync(join(root, t.source_file))).toBe(true);
	});

	it('keeps the published database within the size budget (~6 MB)', () => {
		const total = manifest.databases.reduce((s, d) => s + d.bytes, 0);
		expect(total).toBeLessThanOrEqual(6 * 1024 * 1024);
	});
});

describe('tables', () => {
	it.each(tables.map((t) => [t.name, t.csv]))('%s has one row per record of %s', async (name, csv) => {
		const [{ n }] = (await all(`SELECT count(*) AS n FROM ${rawCsv(csv)}`)) as [{ n: number }];
		expect(manifest.tables.find((t) => t.name === name)!.rows).toBe(n);
	});

	it.each(tables.map((t) => [t.name, t.orderBy]))('%s is stored sorted by %s', async (name, orderBy) => {
		const [{ n }] = (await all(
			`SELECT count(*) AS n FROM (SELECT rowid AS stored, row_number() OVER (ORDER BY ${orderBy}, rowid) - 1 AS sorted FROM r.${name}) WHERE stored <> sorted`
		)) as [{ n: number }];
		expect(n).toBe(0);
	});

	// A row without a source is allowed only where the source CSV itself has none (platform_features: a blank
	// cell there means "no source found", and then the feature's value is blank too).
	it.each(tables.map((t) => [t.name, t.csv]))('%s: every row has a source_url unless the CSV row has none', async (name, csv) => {
		const [{ table, source }] = (await all(
			`SELECT (SELECT count(*) FROM r.${name} WHERE source_url IS NULL OR trim(source_url) = '') AS "table",
			        (SELECT count(*) FROM ${rawCsv(csv)} WHERE source_url IS NULL OR trim(source_url) = '') AS source`
		)) as [{ table: number; source: number }];
		expect(table).toBe(source);
		if (name !== 'platform_features') expect(table).toBe(0);
	});

	it('platform_features: a row without a source claims nothing (its value is NULL)', async () => {
		const unsourced = await all('SELECT platform, feature, value FROM r.platform_features WHERE source_url IS NULL');
		expect(unsourced.filter((r) => r.value !== null)).toEqual([]);
	});

	it('every source_url is an http(s) URL', async () => {
		for (const t of tables) {
			const bad = await all(`SELECT source_url FROM r.${t.name} WHERE source_url IS NOT NULL AND NOT regexp_full_match(source_url, 'https?://\\S+')`);
			expect(bad, t.name).toEqual([]);
		}
	});

	const valued = tables.filter((t) => t.columns.some((c) => c.name === 'value_qualifier')).map((t) => t.name);

	it.each(valued)('%s: every value_text gives a number and a qualifier', async (name) => {
		const rows = await all(`SELECT value_text, value, value_qualifier FROM r.${name}`);
		for (const r of rows) {
			const text = String(r.value_text).trim();
			const qualifier = text.startsWith('>') ? 'lower_bound' : text.startsWith('<') ? 'upper_bound' : /^[~≈]/.test(text) ? 'approximate' : 'exact';
			expect(r.value_qualifier, text).toBe(qualifier);
			expect(r.value, text).toBe(Number(text.replace(/^[>~<≈]\s*/, '')));
		}
		expect(rows.length).toBeGreaterThan(0);
	});

	it("reads '>9' as 9, lower_bound and '~1' as 1, approximate in the real data", async () => {
		expect(await all("SELECT DISTINCT value, value_qualifier FROM r.online_retail WHERE value_text = '>9'")).toEqual([{ value: 9, value_qualifier: 'lower_bound' }]);
		expect(await all("SELECT DISTINCT value, value_qualifier FROM r.bank_platform_metrics WHERE value_text = '~1'")).toEqual([{ value: 1, value_qualifier: 'approximate' }]);
	});

	it('platform_timeline: date is the first day of date_text at its precision', async () => {
		const rows = await all("SELECT date_text, date_precision, strftime(date, '%Y-%m-%d') AS d FROM r.platform_timeline");
		for (const r of rows) {
			const expected = r.date_precision === 'day' ? r.date_text : r.date_precision === 'month' ? `${r.date_text}-01` : `${r.date_text}-01-01`;
			expect(r.d, String(r.date_text)).toBe(expected);
		}
	});

	it('internet_users: as_of_date is the last day of the as_of month', async () => {
		const rows = await all("SELECT as_of, strftime(as_of_date, '%Y-%m-%d') AS d FROM r.internet_users");
		for (const r of rows) {
			const [y, m] = String(r.as_of).split('-').map(Number) as [number, number];
			expect(r.d, String(r.as_of)).toBe(new Date(Date.UTC(y, m, 0)).toISOString().slice(0, 10));
		}
	});
});

describe('downloads', () => {
	const typed = (name: string) =>
		'{' + manifest.tables.find((t) => t.name === name)!.columns.map((c) => `${sq(c.name)}: ${sq(c.type)}`).join(', ') + '}';

	it.each(tables.map((t) => t.name))('%s.csv reads back to the same rows as the table', async (name) => {
		const csv = `read_csv(${sq(join(dirA, name + '.csv'))}, header = true, auto_detect = false, delim = ',', quote = '"', escape = '"', columns = ${typed(name)})`;
		const [counts] = await all(
			`SELECT (SELECT count(*) FROM ${csv}) AS csv, (SELECT count(*) FROM r.${name}) AS tbl,
			        (SELECT count(*) FROM (SELECT * FROM r.${name} EXCEPT ALL SELECT * FROM ${csv})) AS missing,
			        (SELECT count(*) FROM (SELECT * FROM ${csv} EXCEPT ALL SELECT * FROM r.${name})) AS extra`
		);
		expect(counts).toEqual({ csv: counts!.tbl, tbl: manifest.tables.find((t) => t.name === name)!.rows, missing: 0, extra: 0 });
	});

	it('writes dates in the CSV as YYYY-MM-DD', () => {
		const [header, first] = readFileSync(join(dirA, 'internet_users.csv'), 'utf8').split('\n');
		const i = header!.split(',').indexOf('as_of_date');
		expect(i).toBeGreaterThanOrEqual(0);
		expect(first!.split(',')[i]).toMatch(/^\d{4}-\d{2}-\d{2}$/);
	});

	it.each(tables.map((t) => t.name))('%s.parquet reads back to the same rows and types as the table', async (name) => {
		const pq = `read_parquet(${sq(join(dirA, name + '.parquet'))})`;
		const [counts] = await all(
			`SELECT (SELECT count(*) FROM (SELECT * FROM r.${name} EXCEPT ALL SELECT * FROM ${pq})) AS missing,
			        (SELECT count(*) FROM (SELECT * FROM ${pq} EXCEPT ALL SELECT * FROM r.${name})) AS extra,
			        (SELECT count(*) FROM ${pq}) AS n`
		);
		expect(counts).toEqual({ missing: 0, extra: 0, n: manifest.tables.find((t) => t.name === name)!.rows });
		const types = await all(`SELECT column_name AS name, column_type AS type FROM (DESCRIBE SELECT * FROM ${pq})`);
		expect(types).toEqual(manifest.tables.find((t) => t.name === name)!.columns.map(({ name, type }) => ({ name, type })));
	});
});

describe('from a modified reference folder', () => {
	let fixture: string;
	let fdb: Awaited<ReturnType<typeof openScratchDuckDB>>;
	const extra = [
		['2031', 'full_year', 'test_gt', '>9'],
		['2031', 'full_year', 'test_gt_space', '> 7'],
		['2031', 'full_year', 'test_approx', '~13'],
		['2031', 'full_year', 'test_approx_sign', '≈5.5'],
		['2031', 'full_year', 'test_lt', '<2'],
		['2031', 'full_year', 'test_neg', '-3.9'],
		['2031', 'full_year', 'test_padded', ' 12.5 ']
	];

	beforeAll(async () => {
		fixture = join(base, 'fixture');
		cpSync(referenceDir, join(fixture, 'reference'), { recursive: true });
		const csv = join(fixture, 'reference/china_online_retail.csv');
		const lines = extra.map(([y, p, ind, v]) => `${y},${p},${ind},"${v}",percent,,"Test, with ""quotes""",https://example.org/t,low,"note, with comma\nand a line break"`);
		// Records end as the file's own do (the reference CSVs use CRLF); the note holds a bare LF inside quotes.
		const original = readFileSync(csv, 'utf8');
		const eol = original.includes('\r\n') ? '\r\n' : '\n';
		writeFileSync(csv, original.replace(/(\r?\n)?$/, eol) + lines.join(eol) + eol);
		await buildData({ outDir: join(fixture, 'out'), referenceDir: join(fixture, 'reference'), truthDir: join(fixture, 'truth'), synthetic });
		fdb = await openScratchDuckDB();
		await fdb.run(`ATTACH ${sq(join(fixture, 'out/reference.duckdb'))} AS f (READ_ONLY)`);
	});

	afterAll(() => fdb?.close());

	it('parses bounds and approximations into value and value_qualifier', async () => {
		const rows = await fdb.all("SELECT indicator, value_text, value, value_qualifier FROM f.online_retail WHERE indicator LIKE 'test_%' ORDER BY indicator");
		expect(rows).toEqual(
			[
				['test_approx', '~13', 13, 'approximate'],
				['test_approx_sign', '≈5.5', 5.5, 'approximate'],
				['test_gt', '>9', 9, 'lower_bound'],
				['test_gt_space', '> 7', 7, 'lower_bound'],
				['test_lt', '<2', 2, 'upper_bound'],
				['test_neg', '-3.9', -3.9, 'exact'],
				['test_padded', ' 12.5 ', 12.5, 'exact']
			].map(([indicator, value_text, value, value_qualifier]) => ({ indicator, value_text, value, value_qualifier }))
		);
	});

	it('keeps quoted commas, quotes and line breaks of the CSV intact', async () => {
		const rows = await fdb.all("SELECT DISTINCT source_name, note, value_100m_yuan FROM f.online_retail WHERE indicator LIKE 'test_%'");
		expect(rows).toEqual([{ source_name: 'Test, with "quotes"', note: 'note, with comma\nand a line break', value_100m_yuan: null }]);
	});

	it('fails on a broken CSV and leaves the previous output in place', async () => {
		const broken = join(base, 'broken');
		cpSync(referenceDir, broken, { recursive: true });
		const csv = join(broken, 'platform_timeline.csv');
		writeFileSync(csv, readFileSync(csv, 'utf8') + '2020-01-01,day,"unterminated quote\r\n');
		const out = join(base, 'kept');
		mkdirSync(out);
		writeFileSync(join(out, 'marker'), 'previous build');
		await expect(buildData({ outDir: out, referenceDir: broken, truthDir: join(base, 'truth-broken'), synthetic })).rejects.toThrow();
		expect(readdirSync(out)).toEqual(['marker']);
		expect(readdirSync(base).filter((f) => f.startsWith('.data-build-'))).toEqual([]);
	});
});
