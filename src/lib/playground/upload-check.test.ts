import { describe, expect, it } from 'vitest';
import { csvAsUtf8, MAX_PARQUET_BYTES, MAX_UPLOAD_BYTES, tableNameFor, UploadError, uploadKind } from './upload-check';

const bytes = (...b: number[]) => new Uint8Array(b);
const utf8 = (s: string) => new TextEncoder().encode(s);
const text = (b: Uint8Array) => new TextDecoder().decode(b);

describe('uploadKind', () => {
	it('by extension, with the size limits', () => {
		expect(uploadKind('a.CSV', 10)).toBe('csv');
		expect(uploadKind('a.tsv', 10)).toBe('csv');
		expect(uploadKind('a.parquet', 10)).toBe('parquet');
		expect(() => uploadKind('a.xlsx', 10)).toThrow(/neither a CSV/);
		expect(() => uploadKind('a.csv', 0)).toThrow(/empty/);
		expect(() => uploadKind('a.csv', MAX_UPLOAD_BYTES + 1)).toThrow(/more than the 200 MB/);
		expect(() => uploadKind('a.parquet', MAX_PARQUET_BYTES + 1)).toThrow(UploadError);
	});
});

describe('tableNameFor', () => {
	it('a SQL name from the file name, not one of the site’s tables', () => {
		expect(tableNameFor('My Sales (2015).csv', [])).toBe('my_sales_2015');
		expect(tableNameFor('orders.csv', ['orders'])).toBe('my_orders');
		expect(tableNameFor('2015.csv', [])).toBe('t_2015');
		expect(tableNameFor('销售.csv', [])).toBe('t');
	});
});

describe('csvAsUtf8', () => {
	it('UTF-8 as it is, without its byte-order mark', () => {
		expect(text(csvAsUtf8('a.csv', utf8('a,b\n1,2\n')).bytes)).toBe('a,b\n1,2\n');
		const withBom = csvAsUtf8('a.csv', bytes(0xef, 0xbb, 0xbf, ...utf8('a\n1\n')));
		expect([text(withBom.bytes), withBom.encoding]).toEqual(['a\n1\n', 'UTF-8']);
	});
	it('GB 18030 (Chinese Excel) converted to UTF-8', () => {
		// 类别,金额\n食品,12 in GBK
		const gbk = bytes(0xc0, 0xe0, 0xb1, 0xf0, 0x2c, 0xbd, 0xf0, 0xb6, 0xee, 0x0a, 0xca, 0xb3, 0xc6, 0xb7, 0x2c, 0x31, 0x32, 0x0a);
		const r = csvAsUtf8('g.csv', gbk);
		expect([text(r.bytes), r.encoding]).toEqual(['类别,金额\n食品,12\n', 'GB 18030']);
	});
	it('UTF-16 with a byte-order mark', () => {
		const r = csvAsUtf8('u.csv', bytes(0xff, 0xfe, 0x61, 0, 0x0a, 0, 0x31, 0, 0x0a, 0));
		expect([text(r.bytes), r.encoding]).toEqual(['a\n1\n', 'UTF-16']);
	});
	it('refuses binary data and blank files with a sentence', () => {
		expect(() => csvAsUtf8('x.csv', bytes(0x50, 0x4b, 3, 4, 0, 0, 1))).toThrow(/not a text file/);
		expect(() => csvAsUtf8('x.csv', utf8(' \n\r\n'))).toThrow(/empty/);
	});
	it('refuses bytes that are neither UTF-8 nor GB 18030', () => {
		expect(() => csvAsUtf8('x.csv', bytes(0x61, 0x0a, 0xff, 0xff, 0xff))).toThrow(/neither UTF-8 nor GB 18030/);
	});
});
