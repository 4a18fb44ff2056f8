// The benchmark's baseline page: what "time to live" costs with nothing but DuckDB-WASM and Plot. Same eh bundle
// and worker (?url imports, as src/lib/db/browser.ts), same .duckdb file attached read-only over HTTP, one query,
// one chart; then `body[data-state=live]`. performance.mark()s split the time for the report.
// `?db=customers` is the baseline of the customer chapter: its database file and one level query.
// `?db=customers&chapter=associations`, of the association chapter: its first figure (the support of every item) in
// one query, the baskets step inlined, both read from content/associations.md so that the baseline does the same work.

import wasmUrl from '@duckdb/duckdb-wasm/dist/duckdb-eh.wasm?url';
import workerUrl from '@duckdb/duckdb-wasm/dist/duckdb-browser-eh.worker.js?url';
import * as duckdb from '@duckdb/duckdb-wasm';
import * as Plot from '@observablehq/plot';
import associations from '../../../content/associations.md?raw';
import { chapterQuery } from './chapter-query';

const REFERENCE = `SELECT year, avg(value_100m_yuan) / 10000 AS value
FROM online_retail
WHERE indicator = 'online_retail_sales_total' AND value_100m_yuan IS NOT NULL
GROUP BY year ORDER BY year`;

const CUSTOMERS = `WITH g AS (
  SELECT spend,
    CASE WHEN orders >= 13 THEN 5 WHEN orders >= 7 THEN 4 WHEN orders >= 4 THEN 3 WHEN orders >= 2 THEN 2 ELSE 1 END AS f,
    CASE WHEN spend >= 36000 THEN 5 WHEN spend >= 9600 THEN 4 WHEN spend >= 2400 THEN 3 WHEN spend >= 600 THEN 2 ELSE 1 END AS m
  FROM customer_year)
SELECT greatest(1, floor(0.3 * f + 0.7 * m))::INTEGER AS year, 100 * sum(spend) / (SELECT sum(spend) FROM g) AS value
FROM g GROUP BY 1 ORDER BY 1`;

const search = new URLSearchParams(location.search);
const database = search.get('db') === 'customers' ? 'customers' : 'reference';
const baskets = database === 'customers' && search.get('chapter') === 'associations';
// The chapter's baskets step as a CTE of its first figure's query (what the page computes before that figure is
// live); parsed only on that variant, so the other baselines do no extra work.
const SQL = baskets
	? `WITH baskets AS (\n${chapterQuery(associations, 'baskets')}\n)\n${chapterQuery(associations, 'item-support')}`
	: database === 'customers'
		? CUSTOMERS
		: REFERENCE;

async function main() {
	performance.mark('bare:start');
	const worker = new Worker(workerUrl);
	const db = new duckdb.AsyncDuckDB(new duckdb.VoidLogger(), worker);
	await db.instantiate(new URL(wasmUrl, location.href).href);
	performance.mark('bare:instantiated');
	await db.open({ path: ':memory:', query: { castBigIntToDouble: true, castDecimalToDouble: true } });
	const conn = await db.connect();
	const dataUrl = new URL(`../data/${database}.duckdb`, location.href).href;
	await db.registerFileURL(`${database}.duckdb`, dataUrl, duckdb.DuckDBDataProtocol.HTTP, false);
	await conn.query(`ATTACH '${database}.duckdb' AS ${database} (READ_ONLY)`);
	await conn.query(`SET search_path = '${database}.main'`);
	performance.mark('bare:attached');
	const table = await conn.query(SQL);
	const rows = table.toArray().map((r) => r.toJSON() as Record<string, number | string>);
	performance.mark('bare:queried');
	const chart = baskets
		? Plot.plot({
				width: 680,
				marginLeft: 180,
				x: { grid: true, label: '% of customers' },
				marks: [Plot.ruleX([0]), Plot.barX(rows, { x: 'support_pct', y: 'item', fill: 'kind', sort: { y: null } })]
			})
		: Plot.plot({
		width: 680,
		height: 374,
		y: { grid: true, label: '¥ trillion' },
		x: { tickFormat: 'd' },
		marks: [Plot.ruleY([0]), Plot.line(rows, { x: 'year', y: 'value' }), Plot.dot(rows, { x: 'year', y: 'value' })]
	});
	document.querySelector('figure .chart')!.replaceChildren(chart);
	performance.mark('bare:drawn');
	document.body.dataset.state = 'live';
}

main().catch((e) => {
	console.error(e);
	document.body.dataset.state = 'error';
});
