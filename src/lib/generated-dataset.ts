// Make the synthetic dataset in this browser and start an engine on it: generate() in a worker, then the
// columns into DuckDB-WASM. Loaded on demand by DatasetSwitch. Each step leaves a User Timing measure
// (stress:generate, stress:load, stress:total) for the tests and the benchmark.
import type { BrowserEngine, EngineConfig } from '$lib/db/browser';
import { startGeneratedEngine } from '$lib/db/generated';
import { DEFAULT_SEED } from '$lib/synth/config';
import { generateInWorker } from '$lib/synth/worker-client';
import type { Stage } from './dataset-progress';

export interface GeneratedDataset {
	engine: BrowserEngine;
	customers: number;
	seed: number;
	generateMs: number;
	loadMs: number;
	totalMs: number;
	/** Rows per table, counted by DuckDB once loaded. */
	rows: { table: string; rows: number }[];
}

export interface GenerateDatasetOptions {
	customers: number;
	/** Default: the published dataset's seed (20140112). */
	seed?: number;
	config: EngineConfig;
	signal?: AbortSignal;
	onStage?: (s: Stage) => void;
}

const TABLES = ['customers', 'orders', 'holdings', 'categories', 'customer_year'];

export async function generateDataset({ customers, seed = DEFAULT_SEED, config, signal, onStage }: GenerateDatasetOptions): Promise<GeneratedDataset> {
	const t0 = performance.now();
	onStage?.({ phase: 'generate', done: 0, total: customers });
	const { columns } = await generateInWorker({ customers, seed, signal, onProgress: (done, total) => onStage?.({ phase: 'generate', done, total }) });
	const t1 = performance.now();
	performance.measure('stress:generate', { start: t0, end: t1 });
	onStage?.({ phase: 'start' });
	const engine = await startGeneratedEngine({
		config,
		columns,
		signal,
		onProgress: ({ table, done, total, derived }) =>
			onStage?.(derived ? { phase: 'derive', table, rows: total } : { phase: 'load', table, done, total }),
		regenerate: async () => (await generateInWorker({ customers, seed })).columns
	});
	const t2 = performance.now();
	performance.measure('stress:load', { start: t1, end: t2 });
	performance.measure('stress:total', { start: t0, end: t2 });
	const counted = await engine.query(TABLES.map((t) => `SELECT '${t}' AS table_name, count(*)::INTEGER AS n FROM customers.main.${t}`).join(' UNION ALL '));
	const rows = TABLES.map((table) => ({ table, rows: Number(counted.rows.find((r) => r.table_name === table)?.n ?? 0) }));
	if (signal?.aborted) {
		engine.dispose();
		throw new DOMException('The loading was cancelled.', 'AbortError');
	}
	return { engine, customers, seed, generateMs: t1 - t0, loadMs: t2 - t1, totalMs: t2 - t0, rows };
}
