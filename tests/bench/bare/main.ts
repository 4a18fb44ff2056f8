// The benchmark's baseline page: what "time to live" costs with nothing but DuckDB-WASM and Plot. Same eh bundle
// and worker (?url imports, as src/lib/db/browser.ts), same .duckdb file attached read-only over HTTP, one query,
// one chart; then `body[data-state=live]`. performance.mark()s split the time for the report.

import wasmUrl from '@duckdb/duckdb-wasm/dist/duckdb-eh.wasm?url';
import workerUrl from '@duckdb/duckdb-wasm/dist/duckdb-browser-eh.worker.js?url';
import * as duckdb from '@duckdb/duckdb-wasm';
import * as Plot from '@observablehq/plot';

const SQL = `SELECT year, avg(value_100m_yuan) / 10000 AS value
FROM online_retail
WHERE indicator = 'online_retail_sales_total' AND value_100m_yuan IS NOT NULL
GROUP BY year ORDER BY year`;

async function main() {
	performance.mark('bare:start');
	const worker = new Worker(workerUrl);
	const db = new duckdb.AsyncDuckDB(new duckdb.VoidLogger(), worker);
	await db.instantiate(new URL(wasmUrl, location.href).href);
	performance.mark('bare:instantiated');
	await db.open({ path: ':memory:', query: { castBigIntToDouble: true, castDecimalToDouble: true } });
	const conn = await db.connect();
	const dataUrl = new URL('../data/reference.duckdb', location.href).href;
	await db.registerFileURL('reference.duckdb', dataUrl, duckdb.DuckDBDataProtocol.HTTP, false);
	await conn.query(`ATTACH 'reference.duckdb' AS reference (READ_ONLY)`);
	await conn.query(`SET search_path = 'reference.main'`);
	performance.mark('bare:attached');
	const table = await conn.query(SQL);
	const rows = table.toArray().map((r) => r.toJSON() as { year: number; value: number });
	performance.mark('bare:queried');
	const chart = Plot.plot({
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
