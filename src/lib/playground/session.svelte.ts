// The playground's state and the one place it talks to the engine (the page's live engine, so the dataset switch
// serves it too): run a script (statement by statement, the last one shown, capped), cancel, download the whole
// result, the live schema (for completion and "your tables"), and the reader's files. Components get its state.
import { live } from '$lib/figure/live.svelte';
import type { BrowserEngine } from '$lib/db/browser';
import type { Column, Row } from '$lib/db/types';
import type { ReaderFile } from '$lib/db/reader-files';
import type { SchemaTable } from './types';
import { toCsv } from '$lib/figure/csv';
import { DISPLAY_CAP, page, planRun } from './run-plan';
import { t } from './Playground.strings';
import { dropStudySql, studyStatements, type StudyMapping } from './study-mapping';

/** A reader's query may run this long before it is stopped (Cancel stops it sooner). */
export const TIMEOUT_MS = 300_000;
/** Rows fetched per query when Download CSV pages through a large result. */
const DOWNLOAD_PAGE = 100_000;

export interface ResultState {
	columns: Column[];
	rows: Row[];
	/** the result has more rows than the display holds */
	more: boolean;
	elapsedMs: number;
	/** the statement shown and whether it is a query (Download CSV runs it whole) */
	last: string;
	query: boolean;
}

export interface OwnTable {
	name: string;
	rows: number;
	columns: Column[];
}

/**
 * DuckDB's out-of-memory message ends with advice for a server (a temporary directory, a persistent database) that
 * a reader cannot follow here: keep its first line and say what helps in a browser tab.
 */
export function readable(message: string): string {
	if (!/^Out of Memory Error/.test(message)) return message;
	return `${message.split('\n')[0]}\n${t.outOfMemory}`;
}

/**
 * The live schema: the reader's own tables (memory.scratch, not the study's staging tables) and every attached
 * dataset's, in column order. Columns db, tbl, col, type.
 */
export const SCHEMA_SQL = `SELECT database_name AS db, table_name AS tbl, column_name AS col, data_type AS type
 FROM duckdb_columns()
 WHERE (database_name = 'memory' AND schema_name = 'scratch' AND table_name NOT LIKE 'stage\\_%' ESCAPE '\\')
    OR (database_name NOT IN ('memory', 'system', 'temp') AND schema_name = 'main')
 ORDER BY database_name, table_name, column_index`;

/** Completion's table → columns, from SCHEMA_SQL's rows (or `bundledColumns`, in the same shape). */
export function completionOf(rows: readonly Row[]): Record<string, string[]> {
	const completion: Record<string, string[]> = {};
	for (const r of rows) (completion[String(r.tbl)] ??= []).push(String(r.col));
	return completion;
}

/** The datasets' columns as the build listed them (manifest.json), as SCHEMA_SQL lists them live. */
export function bundledColumns(schema: readonly SchemaTable[]): { tbl: string; col: string }[] {
	return schema.flatMap((t) => t.columns.map((c) => ({ tbl: t.name, col: c.name })));
}

export class PlaygroundSession {
	status = $state<'idle' | 'starting' | 'ready' | 'failed'>('idle');
	running = $state(false);
	elapsedMs = $state(0);
	result = $state.raw<ResultState | null>(null);
	error = $state<string | null>(null);
	notice = $state<string | null>(null);
	/** table → columns (completion): the datasets' from the build, then from the live engine once it holds more. */
	completion = $state.raw<Record<string, string[]>>({});
	ownTables = $state.raw<OwnTable[]>([]);
	#controller: AbortController | null = null;
	#files: ReaderFile[] = [];
	#generation = 0;

	constructor(bundled: readonly SchemaTable[] = []) {
		this.completion = completionOf(bundledColumns(bundled));
	}

	async engine(): Promise<BrowserEngine> {
		const engine = await live.ready();
		// The dataset switch replaced the engine: the reader's files go into the new one too.
		if (live.generation !== this.#generation) {
			this.#generation = live.generation;
			for (const f of this.#files) await engine.loadFile(f);
		}
		return engine;
	}

	async start(): Promise<void> {
		this.status = 'starting';
		try {
			await this.engine();
			// The datasets' tables are known from the build (the same files; session.test.ts checks that the live
			// listing agrees): list live only what the build did not see, the reader's files or a generated dataset.
			if (this.#files.length > 0 || live.generation > 0) await this.refreshSchema();
			this.status = 'ready';
		} catch (e) {
			this.status = 'failed';
			this.error = `${t.engineDown} ${e instanceof Error ? e.message : e}`;
		}
	}

	async refreshSchema(): Promise<void> {
		const engine = await this.engine();
		const { rows } = await engine.query(SCHEMA_SQL, { role: 'reader' });
		const own = new Map<string, Column[]>();
		for (const r of rows)
			if (r.db === 'memory') (own.get(String(r.tbl)) ?? own.set(String(r.tbl), []).get(String(r.tbl))!).push({ name: String(r.col), type: String(r.type) });
		const counts = own.size
			? (await engine.query([...own.keys()].map((n) => `SELECT '${n.replaceAll("'", "''")}' AS tbl, count(*) AS n FROM memory.scratch."${n.replaceAll('"', '""')}"`).join(' UNION ALL '), { role: 'reader' })).rows
			: [];
		this.completion = completionOf(rows);
		this.ownTables = [...own].map(([name, columns]) => ({ name, columns, rows: Number(counts.find((c) => c.tbl === name)?.n ?? 0) }));
	}

	async run(sql: string): Promise<void> {
		const plan = planRun(sql);
		if (!plan) {
			this.error = t.empty;
			return;
		}
		this.#controller?.abort();
		const controller = (this.#controller = new AbortController());
		const options = { role: 'reader' as const, signal: controller.signal, timeoutMs: TIMEOUT_MS };
		this.running = true;
		this.error = null;
		this.notice = null;
		const t0 = performance.now();
		this.elapsedMs = 0;
		const ticker = setInterval(() => (this.elapsedMs = performance.now() - t0), 100);
		let changed = plan.before.length > 0 || !plan.capped;
		try {
			const engine = await this.engine();
			for (const s of plan.before) await engine.query(s, options);
			const r = await engine.query(plan.shown, options);
			if (controller !== this.#controller) return;
			const more = plan.capped && r.rows.length > DISPLAY_CAP;
			this.result = { columns: r.columns, rows: more ? r.rows.slice(0, DISPLAY_CAP) : r.rows, more, elapsedMs: performance.now() - t0, last: plan.last, query: plan.capped };
			performance.mark('playground:result');
		} catch (e) {
			if (controller !== this.#controller) return;
			this.error = readable(e instanceof Error ? e.message : String(e));
			changed = true;
		} finally {
			clearInterval(ticker);
			if (controller === this.#controller) {
				this.running = false;
				this.elapsedMs = performance.now() - t0;
			}
		}
		// A script that may have created or dropped tables: list them again.
		if (changed) await this.refreshSchema().catch(() => undefined);
	}

	cancel() {
		this.#controller?.abort();
	}

	/** The whole result as CSV (not just the rows shown), fetched in pages. */
	async csv(onRows: (n: number) => void): Promise<Blob | null> {
		const r = this.result;
		if (!r) return null;
		if (!r.more) return new Blob([toCsv(r.columns, r.rows)], { type: 'text/csv;charset=utf-8' });
		const engine = await this.engine();
		const parts: string[] = [];
		for (let offset = 0; ; offset += DOWNLOAD_PAGE) {
			const { columns, rows } = await engine.query(page(r.last, DOWNLOAD_PAGE, offset), { role: 'reader', timeoutMs: TIMEOUT_MS });
			const text = toCsv(columns, rows);
			parts.push(offset === 0 ? text : text.slice(text.indexOf('\r\n') + 2));
			onRows(offset + rows.length);
			if (rows.length < DOWNLOAD_PAGE) break;
		}
		return new Blob(parts, { type: 'text/csv;charset=utf-8' });
	}

	/** The study's tables made from the reader's table (study-mapping.ts); the reader's queries read them first. */
	async makeStudy(m: StudyMapping): Promise<void> {
		const engine = await this.engine();
		try {
			for (const s of studyStatements(m)) await engine.query(s, { role: 'reader', timeoutMs: TIMEOUT_MS });
		} finally {
			await this.refreshSchema().catch(() => undefined);
		}
	}

	async dropStudy(): Promise<void> {
		const engine = await this.engine();
		for (const s of dropStudySql()) await engine.query(s, { role: 'reader' });
		await this.refreshSchema();
	}

	/** A script's shown result (a figure's query on the reader's data), apart from the playground's own result. */
	async script(sql: string): Promise<{ columns: Column[]; rows: Row[] }> {
		const plan = planRun(sql);
		if (!plan) return { columns: [], rows: [] };
		const engine = await this.engine();
		for (const s of plan.before) await engine.query(s, { role: 'reader', timeoutMs: TIMEOUT_MS });
		const r = await engine.query(plan.shown, { role: 'reader', timeoutMs: TIMEOUT_MS });
		return { columns: r.columns, rows: r.rows.slice(0, DISPLAY_CAP) };
	}

	/** Load a reader's file as a table; resolves to its row count. */
	async load(file: ReaderFile): Promise<number> {
		const engine = await this.engine();
		await engine.loadFile(file);
		this.#files = [...this.#files.filter((f) => f.table !== file.table), file];
		await this.refreshSchema();
		return this.ownTables.find((o) => o.name === file.table)?.rows ?? 0;
	}
}
