// The in-browser fill of the customers database (generated.ts) against the pipeline's customers.duckdb: same
// tables, same column types, same rows in the same order. DuckDB-WASM's Arrow insert is stood in for by a Node
// DuckDB staging table of the types DuckDB gives those Arrow columns (Int32 → INTEGER, Uint8 → UTINYINT,
// Uint16 → USMALLINT, Float64 → DOUBLE); everything after it is the same SQL the browser runs.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DuckDBInstance, type DuckDBConnection } from '@duckdb/node-api';
import type { AsyncDuckDBConnection } from '@duckdb/duckdb-wasm';
import { buildSynthetic } from '../../../data/pipeline/synthetic';
import { DEFAULT_SEED, generate } from '../synth';
import { publishedColumns } from '../synth/columns';
import { customerYear, syntheticTables } from '../synth/schema';
import { openScratchDuckDB } from './node';
import { categoriesSql, chunkRanges, columnExpr, createTableSql, fillGenerated, insertFromStageSql, loadPlan, type LoadProgress } from './generated';

describe('chunkRanges', () => {
	it('covers the rows in order with chunks of the given size, the last one shorter', () => {
		expect(chunkRanges(10, 4)).toEqual([[0, 4], [4, 8], [8, 10]]);
		expect(chunkRanges(8, 4)).toEqual([[0, 4], [4, 8]]);
		expect(chunkRanges(3, 250_000)).toEqual([[0, 3]]);
		expect(chunkRanges(0, 4)).toEqual([]);
	});
	it('refuses a chunk size below one', () => {
		expect(() => chunkRanges(10, 0)).toThrow(RangeError);
	});
});

describe('the staging SQL', () => {
	it('turns codes into labels, days of the year into dates, and casts the rest to the published type', () => {
		expect(columnExpr({ name: 'category', type: "ENUM('it''s', 'b')", labels: ["it's", 'b'] }, 2015)).toBe(`CAST(['it''s', 'b']["category"::INTEGER + 1] AS ENUM('it''s', 'b'))`);
		expect(columnExpr({ name: 'order_date', type: 'DATE' }, 2015)).toBe(`CAST(DATE '2015-01-01' + ("order_date"::INTEGER - 1) AS DATE)`);
		expect(columnExpr({ name: 'amount', type: 'DECIMAL(12,2)' }, 2015)).toBe(`CAST("amount" AS DECIMAL(12,2))`);
	});
	it('creates each table with the published types (categorical columns as ENUMs), in the schema’s column order', () => {
		const { columns } = publishedColumns(generate({ customers: 10 }));
		const orders = syntheticTables.find((t) => t.name === 'orders')!;
		const enumOf = (l: readonly string[]) => `ENUM(${l.map((x) => `'${x}'`).join(', ')})`;
		expect(createTableSql('customers', orders, columns)).toBe(
			`CREATE TABLE customers.main.orders ("order_id" INTEGER, "customer_id" INTEGER, "order_date" DATE, "category" ${enumOf(columns.dict.category)}, "amount" DECIMAL(12,2), "pay_method" ${enumOf(columns.dict.pay_method)})`
		);
		expect(insertFromStageSql('customers', { name: 'holdings', types: { customer_id: 'INTEGER', fund: 'TINYINT' } }, columns)).toBe(
			'INSERT INTO customers.main.holdings SELECT CAST("customer_id" AS INTEGER) AS "customer_id", CAST("fund" AS TINYINT) AS "fund" FROM memory.main.stage_generated'
		);
	});
});

/** A stand-in for DuckDB-WASM's connection: query() runs SQL, insertArrowTable() appends the Arrow columns. */
function nodeConnection(conn: DuckDBConnection, log: string[]) {
	const duckType: Record<string, string> = { Int32: 'INTEGER', Uint8: 'UTINYINT', Uint16: 'USMALLINT', Float64: 'DOUBLE' };
	return {
		query: async (sql: string) => {
			log.push(sql.split(' ').slice(0, 3).join(' '));
			await conn.run(sql);
		},
		insertArrowTable: async (table: { schema: { fields: { name: string; type: { toString(): string } }[] }; numRows: number; getChild(n: string): { toArray(): ArrayLike<number> } | null }, o: { name: string; schema?: string; create?: boolean }) => {
			const fields = table.schema.fields.map((f) => ({ name: f.name, type: duckType[String(f.type)]! }));
			expect(fields.every((f) => f.type), `Arrow types ${table.schema.fields.map(String)}`).toBe(true);
			log.push(`arrow ${o.name} ${table.numRows}`);
			await conn.run(`CREATE TABLE ${o.schema ?? 'main'}.${o.name} (${fields.map((f) => `"${f.name}" ${f.type}`).join(', ')})`);
			const appender = await conn.createAppender(o.name, o.schema ?? 'main');
			const data = fields.map((f) => table.getChild(f.name)!.toArray());
			const append = fields.map((f) => ({ INTEGER: 'appendInteger', UTINYINT: 'appendUTinyInt', USMALLINT: 'appendUSmallInt', DOUBLE: 'appendDouble' })[f.type] as 'appendInteger');
			for (let r = 0; r < table.numRows; r++) {
				for (let c = 0; c < fields.length; c++) appender[append[c]!](data[c]![r]!);
				appender.endRow();
			}
			appender.closeSync();
		}
	} as unknown as AsyncDuckDBConnection;
}

describe('fillGenerated gives the pipeline’s customers database', () => {
	const N = 3000;
	let dir: string;
	let conn: DuckDBConnection;
	let close: () => void;
	const log: string[] = [];
	const progress: LoadProgress[] = [];

	beforeAll(async () => {
		dir = mkdtempSync(join(tmpdir(), 'generated-'));
		const db = await openScratchDuckDB();
		await buildSynthetic(db, dir, join(dir, 'truth'), { customers: N, seed: DEFAULT_SEED, plant: true });
		db.close();
		const instance = await DuckDBInstance.create(':memory:', { threads: '1' });
		conn = await instance.connect();
		close = () => {
			conn.closeSync();
			instance.closeSync();
		};
		await conn.run(`ATTACH '${join(dir, 'customers.duckdb')}' AS published (READ_ONLY)`);
		await conn.run(`ATTACH ':memory:' AS customers`);
		const { columns } = publishedColumns(generate({ customers: N }));
		// Small chunks, so that several are appended per table.
		await fillGenerated(nodeConnection(conn, log), 'customers', columns, { chunkRows: 5000, onProgress: (p) => progress.push(p) });
	});
	afterAll(() => {
		close?.();
		rmSync(dir, { recursive: true, force: true });
	});

	const tables = [...syntheticTables.map((t) => t.name), customerYear.name];
	const all = async (sql: string) => (await conn.runAndReadAll(sql)).getRowObjectsJS();

	it.each(tables)('%s: same columns and types', async (t) => {
		const types = (db: string) => all(`SELECT column_name, data_type FROM duckdb_columns() WHERE database_name = '${db}' AND table_name = '${t}' ORDER BY column_index`);
		expect(await types('customers')).toEqual(await types('published'));
	});

	it.each(tables)('%s: same rows in the same order', async (t) => {
		const numbered = (db: string) => `SELECT row_number() OVER () AS rn, * FROM ${db}.main.${t}`;
		const [row] = await all(`SELECT (SELECT count(*) FROM published.main.${t}) AS n,
			(SELECT count(*) FROM (${numbered('customers')} EXCEPT ALL ${numbered('published')})) AS extra,
			(SELECT count(*) FROM (${numbered('published')} EXCEPT ALL ${numbered('customers')})) AS missing`);
		expect(Number(row!.n)).toBeGreaterThan(0);
		expect({ extra: Number(row!.extra), missing: Number(row!.missing) }).toEqual({ extra: 0, missing: 0 });
	});

	it('loads in chunks, reporting progress per table up to its row count', () => {
		const orders = progress.filter((p) => p.table === 'orders');
		expect(orders[0]).toMatchObject({ done: 0 });
		expect(orders.at(-1)!.done).toBe(orders.at(-1)!.total);
		expect(orders.length).toBe(1 + Math.ceil(orders.at(-1)!.total / 5000));
		expect(progress.map((p) => p.table).filter((x, i, a) => a.indexOf(x) === i)).toEqual(['customers', 'orders', 'holdings', 'holdings_null', 'customer_year']);
		// customers, orders in chunks, holdings, holdings_null: one Arrow insert each (small tables in one chunk)
		expect(log.filter((l) => l.startsWith('arrow')).length).toBe(1 + Math.ceil(orders.at(-1)!.total / 5000) + 2);
	});

	it('stops between chunks when the signal is aborted', async () => {
		const c = new AbortController();
		c.abort();
		const { columns } = publishedColumns(generate({ customers: 10 }));
		await conn.run(`ATTACH ':memory:' AS other`);
		await expect(fillGenerated(nodeConnection(conn, []), 'other', columns, { signal: c.signal })).rejects.toThrow(/cancelled/);
	});

	it('plans every chunked table with its row count', () => {
		const { columns } = publishedColumns(generate({ customers: 10 }));
		expect(loadPlan(columns).map((p) => [p.table.name, p.rows])).toEqual([
			['customers', 10],
			['orders', columns.tables.orders.order_id!.length],
			['holdings', 10],
			['holdings_null', 10]
		]);
		expect(categoriesSql('x', columns)).toMatch(/^INSERT INTO x\.main\.categories SELECT CAST\("code" AS VARCHAR\).* ORDER BY code$/);
	});
});
