// The mapping's tables have the published tables' columns and types, and the chapters' queries run on them: the
// published orders (with the published holdings as flags) mapped back give the published customer_year.
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { openNodeEngine, type NodeEngine } from '$lib/db/node';
import { dropStudySql, guessMapping, mappingProblems, PRODUCTS, studyStatements, type StudyMapping } from './study-mapping';

const dataDir = join(process.cwd(), 'static/data');
let engine: NodeEngine;
afterAll(() => engine?.close());

const mapping: StudyMapping = {
	table: 'mine',
	customer: 'cust',
	date: 'day',
	category: 'cat',
	amount: 'amt',
	products: { credit_card: 'cc', wealth_mgmt: 'wm' }
};

describe('mappingProblems', () => {
	it('names the roles without a column', () => {
		expect(mappingProblems({ ...mapping, amount: '' }, ['cust', 'day', 'cat', 'cc', 'wm'])).toEqual(['Choose the column that holds the amount.']);
		expect(mappingProblems(mapping, ['cust', 'day', 'cat', 'amt', 'cc'])).toEqual(['wealth_mgmt: no column wm.']);
	});
});

describe('studyStatements', () => {
	it('the published orders mapped back give the published tables’ columns and customer_year', async () => {
		engine = await openNodeEngine(dataDir, [{ alias: 'customers', file: 'customers.duckdb' }]);
		const q = (sql: string) => engine.query(sql, { role: 'reader' });
		await q(`CREATE OR REPLACE TABLE memory.scratch.mine AS
			SELECT 'c' || o.customer_id AS cust, strftime(o.order_date, '%Y-%m-%d') AS day, o.category::VARCHAR AS cat, o.amount::VARCHAR AS amt,
			       CASE WHEN h.credit_card = 1 THEN 'yes' ELSE 'no' END AS cc, h.wealth_mgmt::VARCHAR AS wm
			FROM customers.main.orders o JOIN customers.main.holdings h USING (customer_id)`);
		for (const s of studyStatements(mapping)) await q(s);
		const columns = async (db: string) =>
			(await q(`SELECT table_name, column_name, data_type FROM duckdb_columns() WHERE database_name = '${db}' AND table_name IN ('orders', 'customers', 'holdings', 'holdings_null', 'categories', 'customer_year') ${db === 'memory' ? "AND schema_name = 'scratch'" : ''} ORDER BY table_name, column_index`)).rows.map((r) => `${r.table_name}.${r.column_name}`);
		expect(await columns('memory')).toEqual(await columns('customers'));
		// Customer ids are renumbered (by the text key), so compare by the key.
		const cy = await q(`SELECT count(*) AS n, sum(orders) AS orders, sum(spend) AS spend, sum(active_months) AS m, sum(recency_days) AS r FROM customer_year`);
		const published = await engine.query(`SELECT count(*) AS n, sum(orders) AS orders, sum(spend) AS spend, sum(active_months) AS m, sum(recency_days) AS r FROM customer_year`);
		expect(cy.rows).toEqual(published.rows);
		const held = await q(`SELECT sum(credit_card) AS cc, sum(wealth_mgmt) AS wm, sum(mortgage) AS mo FROM holdings`);
		const publishedHeld = await engine.query(`SELECT sum(credit_card) AS cc, sum(wealth_mgmt) AS wm FROM holdings`);
		expect(held.rows).toEqual([{ ...publishedHeld.rows[0], mo: 0 }]);
		for (const s of dropStudySql()) await q(s);
		expect((await q('SELECT count(*) AS n FROM orders')).rows[0]!.n).toBe(679547);
	}, 60_000);
	it('every product is a column of holdings, mapped or not', () => {
		const holdings = studyStatements(mapping).find((s) => s.includes('memory.scratch.holdings AS'))!;
		for (const p of PRODUCTS) expect(holdings).toContain(` AS ${p}`);
	});
});

describe('guessMapping', () => {
	it('each role from the names, each column once; products by their own names', () => {
		expect(guessMapping('t', ['customer_id', 'order_date', 'category', 'amount', 'credit_card', 'x'])).toEqual({
			table: 't', customer: 'customer_id', date: 'order_date', category: 'category', amount: 'amount', products: { credit_card: 'credit_card' }
		});
		expect(guessMapping('t', ['a', 'b'])).toEqual({ table: 't', customer: '', date: '', category: '', amount: '', products: {} });
	});
});
