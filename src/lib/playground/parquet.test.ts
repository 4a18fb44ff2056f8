// Parquet decoded by hyparquet: the published categories.parquet (written by DuckDB in the pipeline) gives the
// same values as the CSV copy written beside it.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { decodeParquet, kindOf } from './parquet';

describe('kindOf', () => {
	it('the narrowest kind that holds every value', () => {
		expect(kindOf([1, 2n, null])).toBe('integer');
		expect(kindOf([1, 2.5])).toBe('double');
		expect(kindOf([new Date('2015-01-01'), null])).toBe('date');
		expect(kindOf([new Date('2015-01-01T10:00:00Z')])).toBe('timestamp');
		expect(kindOf([true, 'x'])).toBe('text');
		expect(kindOf([null])).toBe('text');
	});
});

describe('decodeParquet', () => {
	it('reads the published categories table as its CSV copy has it', async () => {
		const dir = join(process.cwd(), 'static/data');
		const file = readFileSync(join(dir, 'categories.parquet'));
		const cols = await decodeParquet('categories.parquet', file.buffer.slice(file.byteOffset, file.byteOffset + file.byteLength));
		const [header, ...lines] = readFileSync(join(dir, 'categories.csv'), 'utf8').trim().split(/\r?\n/);
		expect(cols.map((c) => c.name).join(',')).toBe(header);
		expect(cols[0]!.values).toHaveLength(lines.length);
		const first = lines[0]!.split(',');
		expect(cols.map((c) => String(c.values[0]))).toEqual(first);
	});
	it('a file that is not Parquet fails with a sentence', async () => {
		await expect(decodeParquet('x.parquet', new TextEncoder().encode('a,b\n1,2\n').buffer as ArrayBuffer)).rejects.toThrow(/x.parquet could not be read as Parquet/);
	});
});
