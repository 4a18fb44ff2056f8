// Parquet decoded by hyparquet: the published categories.parquet (written by DuckDB in the pipeline, ZSTD), read
// back through the typed CSV the page hands DuckDB, gives the rows of the published table.
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { openNodeEngine, openScratchDuckDB } from '$lib/db/node';
import { csvTableSql } from '$lib/db/reader-files';
import { csvField, decodeParquet, kindOf } from './parquet';

const dir = join(process.cwd(), 'static/data');

describe('kindOf and csvField', () => {
	it('the narrowest kind that holds every value', () => {
		expect(kindOf([1, 2n, null])).toBe('integer');
		expect(kindOf([1, 2.5])).toBe('double');
		expect(kindOf([new Date('2015-01-01'), null])).toBe('date');
		expect(kindOf([new Date('2015-01-01T10:00:00Z')])).toBe('timestamp');
		expect(kindOf([true, 'x'])).toBe('text');
		expect(kindOf([null])).toBe('text');
	});
	it('NULL empty, text quoted, dates ISO', () => {
		expect(csvField(null, 'text')).toBe('');
		expect(csvField('', 'text')).toBe('""');
		expect(csvField('a "b",c', 'text')).toBe('"a ""b"",c"');
		expect(csvField({ a: 1n }, 'text')).toBe('"{""a"":1}"');
		expect(csvField(12345678901234567n, 'integer')).toBe('12345678901234567');
		expect(csvField(new Date('2015-03-04T00:00:00Z'), 'date')).toBe('2015-03-04');
		expect(csvField(new Date('2015-03-04T05:06:07.5Z'), 'timestamp')).toBe('2015-03-04 05:06:07.500');
		expect(csvField(NaN, 'double')).toBe('');
	});
});

describe('decodeParquet', () => {
	const open: { close(): void }[] = [];
	afterAll(() => open.forEach((s) => s.close()));
	it('the published categories table, through the typed CSV DuckDB reads, equals the table in customers.duckdb', async () => {
		const file = readFileSync(join(dir, 'categories.parquet'));
		const decoded = await decodeParquet('categories.parquet', file.buffer.slice(file.byteOffset, file.byteOffset + file.byteLength) as ArrayBuffer);
		expect(decoded.rows).toBe(12);
		mkdirSync(join(process.cwd(), 'test-results'), { recursive: true });
		const tmp = join(process.cwd(), 'test-results', 'categories.decoded.tmp.csv');
		writeFileSync(tmp, decoded.bytes);
		const db = await openScratchDuckDB();
		const engine = await openNodeEngine(dir, [{ alias: 'customers', file: 'customers.duckdb' }]);
		open.push(db, engine);
		await db.run('CREATE SCHEMA memory.scratch');
		await db.run(csvTableSql('cats', tmp, decoded.types));
		const cols = 'code, name_en, name_zh, big_ticket, median_cny::BIGINT AS median_cny';
		const got = await db.all(`SELECT ${cols} FROM memory.scratch.cats ORDER BY code`);
		const published = await engine.query(`SELECT ${cols} FROM categories ORDER BY code`);
		expect(got).toEqual(published.rows);
	});
	it('a file that is not Parquet fails with a sentence', async () => {
		await expect(decodeParquet('x.parquet', new TextEncoder().encode('a,b\n1,2\n').buffer as ArrayBuffer)).rejects.toThrow(/x.parquet could not be read as Parquet/);
	});
});
