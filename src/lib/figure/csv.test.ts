import { describe, expect, it } from 'vitest';
import { toCsv } from './csv';
import type { Column, Row } from '$lib/db/types';
import { openScratchDuckDB } from '$lib/db/node';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const cols = (...names: string[]): Column[] => names.map((name) => ({ name, type: 'VARCHAR' }));

describe('toCsv', () => {
	it('writes a header and one CRLF-terminated record per row, in column order', () => {
		expect(toCsv(cols('year', 'value'), [{ value: 1.5, year: 2014 }, { year: 2015, value: -2 }])).toBe('year,value\r\n2014,1.5\r\n2015,-2\r\n');
	});

	it('writes only the header for no rows', () => {
		expect(toCsv(cols('a', 'b'), [])).toBe('a,b\r\n');
	});

	it('writes only the columns asked for, and nothing for a missing key', () => {
		expect(toCsv(cols('a', 'c'), [{ a: 1, b: 2 }])).toBe('a,c\r\n1,\r\n');
	});

	it('quotes fields with a comma, a double quote, CR or LF, doubling inner quotes (RFC 4180)', () => {
		const rows: Row[] = [{ s: 'a,b' }, { s: 'say "hi"' }, { s: 'line1\nline2' }, { s: 'cr\rhere' }, { s: 'crlf\r\n' }, { s: '"' }];
		expect(toCsv(cols('s'), rows)).toBe('s\r\n"a,b"\r\n"say ""hi"""\r\n"line1\nline2"\r\n"cr\rhere"\r\n"crlf\r\n"\r\n""""\r\n');
	});

	it('leaves other fields unquoted, spaces and non-ASCII included', () => {
		expect(toCsv(cols('s'), [{ s: ' padded ' }, { s: '融e购 (ICBC)' }, { s: "it's" }])).toBe("s\r\n padded \r\n融e购 (ICBC)\r\nit's\r\n");
	});

	it('quotes header names that need it', () => {
		expect(toCsv(cols('a,b', 'say "x"'), [])).toBe('"a,b","say ""x"""\r\n');
	});

	it('writes null as an empty field', () => {
		expect(toCsv(cols('a', 'b', 'c'), [{ a: null, b: 0, c: null }])).toBe('a,b,c\r\n,0,\r\n');
	});

	it('writes dates as YYYY-MM-DD and timestamps as full ISO (UTC), never in a locale format', () => {
		const rows: Row[] = [{ d: new Date(Date.UTC(2014, 0, 1)), t: new Date(Date.UTC(2014, 11, 31, 23, 59, 58, 5)) }];
		expect(toCsv(cols('d', 't'), rows)).toBe('d,t\r\n2014-01-01,2014-12-31T23:59:58.005Z\r\n');
	});

	it('writes booleans and numbers as JavaScript prints them', () => {
		expect(toCsv(cols('b', 'n', 'm'), [{ b: true, n: 1234567.25, m: 1e21 }])).toBe('b,n,m\r\ntrue,1234567.25,1e+21\r\n');
	});

	it('writes lists and structs as JSON, quoted', () => {
		expect(toCsv(cols('l', 's'), [{ l: [1, 2], s: { a: 'x' } }])).toBe('l,s\r\n"[1,2]","{""a"":""x""}"\r\n');
	});
});

describe('toCsv output read back by a CSV reader (DuckDB)', () => {
	it('gives back the same fields', async () => {
		const dir = mkdtempSync(join(tmpdir(), 'csv-test-'));
		const db = await openScratchDuckDB();
		try {
			const rows: Row[] = [
				{ id: 1, s: 'a,b', t: 'say "hi"' },
				{ id: 2, s: 'line1\nline2', t: '' },
				{ id: 3, s: null, t: '融e购, "quoted"\r\nnext' }
			];
			const path = join(dir, 'out.csv');
			writeFileSync(path, toCsv(cols('id', 's', 't'), rows));
			const back = await db.all(
				`SELECT * FROM read_csv('${path}', header = true, auto_detect = false, delim = ',', quote = '"', escape = '"',
				columns = {'id': 'INTEGER', 's': 'VARCHAR', 't': 'VARCHAR'}) ORDER BY id`
			);
			// CSV has one empty field for both null and '': a reader gives null for both.
			expect(back).toEqual(rows.map((r) => ({ ...r, t: r.t === '' ? null : r.t })));
		} finally {
			db.close();
			rmSync(dir, { recursive: true, force: true });
		}
	});
});
