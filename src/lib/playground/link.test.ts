import { describe, expect, it } from 'vitest';
import { figureHref, figureScript, playgroundHref, sqlFromSearch } from './link';

describe('playground link', () => {
	it('round-trips any query through the URL', () => {
		const sql = "SELECT 'a&b=c#d', \"x y\" -- ünï\nFROM t WHERE v = '%20+'";
		const href = playgroundHref('/base', sql);
		expect(href.startsWith('/base/playground/?sql=')).toBe(true);
		expect(sqlFromSearch(new URL(href, 'http://h').search)).toBe(sql);
		expect(sqlFromSearch('?other=1')).toBeNull();
	});
});

describe('figureScript', () => {
	it('writes the values in as literals', () => {
		expect(figureScript({ title: 'T', sql: 'SELECT $a AS a, $s AS s;', values: { a: 2, s: "it's" } })).toBe(
			"-- T: the figure's query with its current settings written in.\n\nSELECT 2 AS a, 'it''s' AS s;\n"
		);
	});
	it('makes the steps first, each with the values of the steps before it', () => {
		const script = figureScript({ title: 'T', sql: 'SELECT * FROM b WHERE x > $lo', values: {} }, [
			{ id: 'a', sql: 'SELECT $lo AS lo', values: { lo: 1 } },
			{ id: 'b', sql: 'SELECT * FROM a WHERE lo >= $lo AND $hi > 0;', values: { hi: 5 } }
		]);
		expect(script).toBe(
			"-- T: the figure's query with its current settings written in.\n\n" +
				'CREATE OR REPLACE TABLE a AS (\nSELECT 1 AS lo\n);\n\n' +
				'CREATE OR REPLACE TABLE b AS (\nSELECT * FROM a WHERE lo >= 1 AND 5 > 0\n);\n\n' +
				'SELECT * FROM b WHERE x > 1;\n'
		);
	});
	it('a query with an unknown parameter goes as written', () => {
		const href = figureHref('', { title: 'T', sql: 'SELECT $nope', values: {} });
		expect(sqlFromSearch(new URL(href, 'http://h').search)).toBe('SELECT $nope');
	});
});
