import { describe, expect, it } from 'vitest';
import { DuckDBInstance } from '@duckdb/node-api';
import { openNodeEngine } from '$lib/db/node';
import { MAX_SOURCES, readStepTable, SOURCE_COLUMN, sourceColumns, sourcesOf, sourcesQuery } from './sources';
import type { Row } from '$lib/db/types';

describe('sourcesOf', () => {
	it('lists each distinct source_url once, in order of first appearance, named by its first row', () => {
		const rows = [
			{ year: 2014, source_url: 'https://b.example/', source_name: 'NBS', confidence: 'high' },
			{ year: 2015, source_url: 'https://a.example/', source_name: 'MOFCOM', confidence: 'medium' },
			{ year: 2016, source_url: 'https://b.example/', source_name: 'NBS (again)', confidence: 'high' }
		];
		expect(sourcesOf(rows)).toEqual([
			{ url: 'https://b.example/', name: 'NBS', low: false },
			{ url: 'https://a.example/', name: 'MOFCOM', low: false }
		]);
	});

	it('marks a source low when any of its rows is low-confidence', () => {
		const rows = [
			{ source_url: 'u1', source_name: 'A', confidence: 'high' },
			{ source_url: 'u1', source_name: 'A', confidence: 'low' },
			{ source_url: 'u2', source_name: 'B', confidence: 'medium' },
			{ source_url: 'u3', source_name: 'C', confidence: 'low' }
		];
		expect(sourcesOf(rows).map((s) => [s.url, s.low])).toEqual([
			['u1', true],
			['u2', false],
			['u3', true]
		]);
	});

	it('uses the URL as the name when the row has none', () => {
		expect(sourcesOf([{ source_url: 'https://x.example/', source_name: null }])).toEqual([{ url: 'https://x.example/', name: 'https://x.example/', low: false }]);
	});

	it('skips rows without a usable source_url (synthetic data, blank cells)', () => {
		const rows: Row[] = [{ source_url: null }, { source_url: '' }, { source_url: 42 }, { other: 'x' }, { source_url: 'u', source_name: 'S' }];
		expect(sourcesOf(rows)).toEqual([{ url: 'u', name: 'S', low: false }]);
		expect(sourcesOf([])).toEqual([]);
	});

	it('also lists source_url_2 … of rows computed from several sources, each with its own name', () => {
		const rows: Row[] = [
			{ year: 2020, source_name: 'NBS', source_url: 'u1', source_name_2: 'MOFCOM', source_url_2: 'u2', confidence: 'high' },
			{ year: 2021, source_name: 'NBS', source_url: 'u1', source_name_2: null, source_url_2: null, confidence: 'low' },
			{ year: 2022, source_url: 'u3', source_name_10: 'Tenth', source_url_10: 'u10', source_url_x: 'not-a-source' }
		];
		expect(sourcesOf(rows)).toEqual([
			{ url: 'u1', name: 'NBS', low: true },
			{ url: 'u2', name: 'MOFCOM', low: false },
			{ url: 'u3', name: 'u3', low: false },
			{ url: 'u10', name: 'Tenth', low: false }
		]);
	});
});

describe('sources given as lists', () => {
	it('reads a row that carries several sources as aligned lists, in order, without duplicates', () => {
		expect(sourcesOf([{ total: 1, source_url: ['https://a', 'https://b', 'https://a'], source_name: ['A', 'B', 'A'] }])).toEqual([
			{ url: 'https://a', name: 'A', low: false },
			{ url: 'https://b', name: 'B', low: false }
		]);
	});
});

describe('sourceColumns', () => {
	it('names the columns sourcesOf reads: every source_name and source_url, and confidence, in their order', () => {
		const names = ['factor_id', 'confidence', 'source_name', 'weight', 'source_url', 'source_name_2', 'source_url_2', 'source_url_x'];
		expect(sourceColumns(names)).toEqual(['confidence', 'source_name', 'source_url', 'source_name_2', 'source_url_2']);
	});

	it('names none for a result without a source URL, confidence or not', () => {
		expect(sourceColumns(['customer_id', 'level', 'confidence', 'source_name'])).toEqual([]);
	});

	it('is the pattern the data table hides', () => {
		expect(['source_name', 'source_url', 'source_url_12', 'source_name_3'].every((n) => SOURCE_COLUMN.test(n))).toBe(true);
		expect(['source', 'source_url_x', 'confidence', 'sources'].some((n) => SOURCE_COLUMN.test(n))).toBe(false);
	});
});

describe('sourcesQuery', () => {
	const run = async (setup: string, sql: string) => {
		const instance = await DuckDBInstance.create(':memory:', { threads: '2' });
		const conn = await instance.connect();
		try {
			await conn.run(setup);
			return (await conn.runAndReadAll(sql)).getRowObjectsJS();
		} finally {
			conn.closeSync();
			instance.closeSync();
		}
	};
	// 3,000 rows citing 7 sources, one of them low-confidence in some rows, in an order the table sets.
	const table = `CREATE TABLE t AS SELECT i AS id, 'n' || ((i * 5) % 7) AS source_name, 'https://s/' || ((i * 5) % 7) AS source_url,
		CASE WHEN i % 11 = 0 AND (i * 5) % 7 = 3 THEN 'low' ELSE 'high' END AS confidence, i * 2 AS value FROM range(3000) r(i)`;

	it('gives the sources of the whole table, in the order of their first row, as sourcesOf over every row', async () => {
		const sql = sourcesQuery('t', ['id', 'source_name', 'source_url', 'confidence', 'value'])!;
		const distinct = await run(table, sql);
		expect(distinct.length).toBeLessThan(3000);
		const every = await run(table, 'SELECT * FROM t ORDER BY id');
		expect(sourcesOf(distinct as never)).toEqual(sourcesOf(every as never));
		expect(sourcesOf(distinct as never).map((s) => s.url)).toEqual([0, 5, 3, 1, 6, 4, 2].map((k) => `https://s/${k}`));
		expect(sourcesOf(distinct as never).find((s) => s.low)?.url).toBe('https://s/3');
	});

	it('is null for a table without a source URL, and reads at most MAX_SOURCES', async () => {
		expect(sourcesQuery('t', ['id', 'value', 'source_name'])).toBeNull();
		const many = await run(`CREATE TABLE m AS SELECT 'https://s/' || i AS source_url FROM range(${MAX_SOURCES * 2}) r(i)`, sourcesQuery('m', ['source_url'])!);
		expect(many.length).toBe(MAX_SOURCES);
	});
});

describe('readStepTable', () => {
	it('reads a step table’s columns and the sources of all its rows, as the page shows them', async () => {
		const engine = await openNodeEngine('.', []);
		try {
			// A step made as the page makes one (a TEMP table), 30 rows citing 3 sources, the third first in row 25.
			const made = `SELECT i AS id, 'n' || (CASE WHEN i >= 25 THEN 2 ELSE i % 2 END) AS source_name,
				'https://s/' || (CASE WHEN i >= 25 THEN 2 ELSE i % 2 END) AS source_url, i * 1.5 AS value FROM range(30) r(i)`;
			await engine.query(made, { step: 'made' });
			const { columns, sources } = await readStepTable(engine, 'made');
			expect(columns.map((c) => c.name)).toEqual(['id', 'source_name', 'source_url', 'value']);
			expect(sources.map((s) => s.url)).toEqual(['https://s/0', 'https://s/1', 'https://s/2']);
			await engine.query('SELECT 1 AS x, 2 AS y', { step: 'bare' });
			expect(await readStepTable(engine, 'bare')).toEqual({ columns: [expect.objectContaining({ name: 'x' }), expect.objectContaining({ name: 'y' })], sources: [] });
		} finally {
			engine.close();
		}
	});
});
