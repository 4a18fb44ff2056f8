// The data budgets of the customer issue: `npm run data` at the default size ≤ 15 s on this machine, and the size
// of what it writes. The database files are what the browser downloads (≤ 6 MB in all, DESIGN "Data files");
// Parquet and CSV are downloads offered on /data/ (STUDY.md's target: Parquet ≤ 5 MB for all tables).
import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Budget } from './report';
import type { Manifest } from '../../data/pipeline/manifest';

export interface DataReport {
	seconds: number;
	customers: number;
	orders: number;
	databases: Record<string, number>;
	parquet: number;
	/** Parquet of the synthetic dataset's own tables (customers, orders, holdings, categories): STUDY.md's target */
	parquetSynthetic: number;
	csv: number;
}

const MB = 1e6;

export function measureData(root: string): DataReport {
	const t0 = performance.now();
	const r = spawnSync('npm', ['run', 'data'], { cwd: root, encoding: 'utf8' });
	if (r.status !== 0) throw new Error(`npm run data failed: ${r.stderr}`);
	const seconds = (performance.now() - t0) / 1000;
	const m = JSON.parse(readFileSync(join(root, 'static/data/manifest.json'), 'utf8')) as Manifest;
	return {
		seconds,
		customers: m.generator.customers,
		orders: m.generator.orders,
		databases: Object.fromEntries(m.databases.map((d) => [d.path, d.bytes])),
		parquet: m.tables.reduce((s, t) => s + t.downloads.parquet.bytes, 0),
		parquetSynthetic: m.tables.filter((t) => t.kind === 'synthetic' && !t.derived_from).reduce((s, t) => s + t.downloads.parquet.bytes, 0),
		csv: m.tables.reduce((s, t) => s + t.downloads.csv.bytes, 0)
	};
}

export function dataBudgets(d: DataReport): Budget[] {
	const db = Object.values(d.databases).reduce((s, b) => s + b, 0) / MB;
	return [
		{ page: 'data', name: `npm run data (${d.customers.toLocaleString('en')} customers) ≤ 15 s`, value: d.seconds, limit: 15, unit: 's', pass: d.seconds <= 15 },
		{ page: 'data', name: 'database files (browser) ≤ 6 MB', value: db, limit: 6, unit: 'MB', pass: db <= 6 },
		{ page: 'data', name: 'synthetic tables as Parquet ≤ 5 MB', value: d.parquetSynthetic / MB, limit: 5, unit: 'MB', pass: d.parquetSynthetic <= 5 * MB, note: 'STUDY.md target (customers, orders, holdings, categories)' }
	];
}

export function renderData(d: DataReport): string {
	const files = Object.entries(d.databases).map(([f, b]) => `${f} ${(b / MB).toFixed(2)} MB`).join(', ');
	return `Data (npm run data): ${d.seconds.toFixed(1)} s for ${d.customers.toLocaleString('en')} customers, ${d.orders.toLocaleString('en')} orders · ${files} · Parquet ${(d.parquet / MB).toFixed(2)} MB (synthetic tables ${(d.parquetSynthetic / MB).toFixed(2)} MB) · CSV ${(d.csv / MB).toFixed(1)} MB (downloads only)`;
}
