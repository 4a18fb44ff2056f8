// The synthetic `customers` database filled in the browser from columns the generator made there (instead of
// attached from customers.duckdb): same tables, same column types, same derived customer_year as the pipeline
// writes (src/lib/synth/schema.ts is the one definition). Columns go in through Arrow, in chunks, into a staging
// table of the default database, and from there into the typed table with casts (dictionary codes → labels, day
// of year → DATE, double → DECIMAL(12,2)); the categorical columns become the same ENUMs as in the published file
// (synth/enums.ts). The generator emits rows already in each table's sort order, so appending chunks in order
// gives the published row order.
import type { AsyncDuckDBConnection } from '@duckdb/duckdb-wasm';
import { customerYear, syntheticTables, type SyntheticTable } from '../synth/schema';
import { enumColumns, enumType, type EnumColumns } from '../synth/enums';
import { rowCount, type GeneratedColumns, type TableName } from '../synth/columns';
import { BrowserEngine, type EngineConfig } from './browser';

/** Rows per Arrow chunk: a cancel waits for at most one chunk (≈ 0.1 s). */
export const CHUNK_ROWS = 250_000;
const STAGE = 'memory.main.stage_generated';

/** Rows of `table` written so far; `derived`: a table computed in DuckDB (customer_year), reported before and after. */
export type LoadProgress = { table: string; done: number; total: number; derived?: boolean };

/** [start, end) row ranges of `size` rows covering `total`. */
export function chunkRanges(total: number, size: number): [number, number][] {
	if (!(size >= 1)) throw new RangeError(`chunk size must be ≥ 1 (${size})`);
	const out: [number, number][] = [];
	for (let start = 0; start < total; start += size) out.push([start, Math.min(total, start + size)]);
	return out;
}

const sq = (s: string) => `'${s.replaceAll("'", "''")}'`;
const ident = (s: string) => `"${s.replaceAll('"', '""')}"`;

type Table = Pick<SyntheticTable, 'name' | 'types'>;
type Context = Pick<GeneratedColumns, 'dict' | 'windowYear'>;

/** The published columns of a table: name, DuckDB type, and the labels of its codes where it is categorical. */
export function columnTypes(t: Table, columns: Context): { name: string; type: string; labels?: readonly string[] }[] {
	const enums = enumColumns(columns.dict)[t.name as keyof EnumColumns] as Record<string, readonly string[]> | undefined;
	return Object.entries(t.types).map(([name, type]) => {
		const labels = enums?.[name];
		return labels ? { name, type: enumType(labels), labels } : { name, type };
	});
}

/** The SQL value of one staged column, cast to its published type. */
export function columnExpr(c: { name: string; type: string; labels?: readonly string[] }, windowYear: number): string {
	const col = ident(c.name);
	if (c.labels) return `CAST([${c.labels.map(sq).join(', ')}][${col}::INTEGER + 1] AS ${c.type})`;
	if (c.type === 'DATE') return `CAST(DATE '${windowYear}-01-01' + (${col}::INTEGER - 1) AS DATE)`;
	return `CAST(${col} AS ${c.type})`;
}

export function createTableSql(alias: string, t: Table, columns: Context): string {
	return `CREATE TABLE ${alias}.main.${t.name} (${columnTypes(t, columns).map((c) => `${ident(c.name)} ${c.type}`).join(', ')})`;
}

export function insertFromStageSql(alias: string, t: Table, columns: Context): string {
	const exprs = columnTypes(t, columns).map((c) => `${columnExpr(c, columns.windowYear)} AS ${ident(c.name)}`);
	return `INSERT INTO ${alias}.main.${t.name} SELECT ${exprs.join(', ')} FROM ${STAGE}`;
}

export function categoriesSql(alias: string, columns: Pick<GeneratedColumns, 'categories'>): string {
	const t = syntheticTables.find((x) => x.name === 'categories')!;
	const names = Object.keys(t.types);
	const rows = columns.categories.map((r) => `(${sq(r.code)}, ${sq(r.name_en)}, ${sq(r.name_zh)}, ${r.big_ticket}, ${Math.round(r.median_cny)})`);
	const select = Object.entries(t.types).map(([k, v]) => `CAST(${ident(k)} AS ${v}) AS ${ident(k)}`);
	return `INSERT INTO ${alias}.main.categories SELECT ${select.join(', ')} FROM (VALUES ${rows.join(', ')}) v(${names.map(ident).join(', ')}) ORDER BY ${t.orderBy}`;
}

/** The tables filled from Arrow chunks, in order, with their row counts (for progress). */
export function loadPlan(columns: GeneratedColumns): { table: SyntheticTable; rows: number }[] {
	return syntheticTables.filter((t) => t.name !== 'categories').map((table) => ({ table, rows: rowCount(columns, table.name as TableName) }));
}

export interface FillOptions {
	signal?: AbortSignal;
	onProgress?: (p: LoadProgress) => void;
	chunkRows?: number;
}

function throwIfAborted(signal?: AbortSignal) {
	if (signal?.aborted) throw new DOMException('The loading was cancelled.', 'AbortError');
}

/** Writes the generated tables into the (empty, attached) database `alias`; runs before the engine is locked. */
export async function fillGenerated(conn: AsyncDuckDBConnection, alias: string, columns: GeneratedColumns, options: FillOptions = {}): Promise<void> {
	const { signal, onProgress, chunkRows = CHUNK_ROWS } = options;
	const arrow = await import('apache-arrow');
	for (const { table, rows } of loadPlan(columns)) {
		await conn.query(createTableSql(alias, table, columns));
		const source = columns.tables[table.name as TableName] as Record<string, Int32Array | Uint16Array | Uint8Array | Float64Array>;
		onProgress?.({ table: table.name, done: 0, total: rows });
		for (const [start, end] of chunkRanges(rows, chunkRows)) {
			throwIfAborted(signal);
			const chunk = arrow.tableFromArrays(Object.fromEntries(Object.keys(table.types).map((k) => [k, source[k]!.subarray(start, end)])));
			await conn.insertArrowTable(chunk, { name: STAGE.split('.').pop()!, schema: 'main', create: true });
			await conn.query(insertFromStageSql(alias, table, columns));
			await conn.query(`DROP TABLE ${STAGE}`);
			onProgress?.({ table: table.name, done: end, total: rows });
		}
	}
	throwIfAborted(signal);
	const categories = syntheticTables.find((x) => x.name === 'categories')!;
	await conn.query(createTableSql(alias, categories, columns));
	await conn.query(categoriesSql(alias, columns));
	onProgress?.({ table: customerYear.name, done: 0, total: columns.customers, derived: true });
	// The pipeline's own statement, run the way it runs it: with the customers database as the default.
	await conn.query(`USE ${alias}`);
	await conn.query(`CREATE TABLE ${customerYear.name} AS ${customerYear.select} ORDER BY ${customerYear.orderBy}`);
	await conn.query('USE memory');
	onProgress?.({ table: customerYear.name, done: columns.customers, total: columns.customers, derived: true });
}

export interface GeneratedEngineOptions extends FillOptions {
	/** The page's engine configuration: the other databases are attached from their files as usual. */
	config: EngineConfig;
	alias?: string;
	columns: GeneratedColumns;
	/** Makes the columns again if the engine must restart (a stuck query replaced its worker): the first start uses `columns`. */
	regenerate: () => Promise<GeneratedColumns>;
}

/**
 * Starts an engine whose `alias` database (default `customers`) holds the generated tables. Resolves once it
 * can answer queries; on abort or failure its worker is terminated and the promise rejects (the caller's
 * current engine is untouched).
 */
export async function startGeneratedEngine(options: GeneratedEngineOptions): Promise<BrowserEngine> {
	const { config, alias = 'customers', signal, onProgress, chunkRows, regenerate } = options;
	let first: GeneratedColumns | null = options.columns;
	const engine = new BrowserEngine({
		...config,
		databases: config.databases.some((d) => d.alias === alias) ? config.databases : [...config.databases, { alias, file: `${alias}.duckdb` }],
		fill: {
			[alias]: async (conn) => {
				// The first start reports progress and obeys the signal; a restart regenerates quietly.
				const initial = first;
				first = null; // the engine keeps no copy of the columns once they are in DuckDB
				if (initial) await fillGenerated(conn, alias, initial, { signal, onProgress, chunkRows });
				else await fillGenerated(conn, alias, await regenerate());
			}
		}
	});
	let onAbort = () => {};
	const aborted = new Promise<never>((_, reject) => {
		onAbort = () => reject(new DOMException('The loading was cancelled.', 'AbortError'));
		if (signal?.aborted) onAbort();
		signal?.addEventListener('abort', onAbort, { once: true });
	});
	try {
		await Promise.race([engine.start(), aborted]);
		return engine;
	} catch (e) {
		engine.dispose();
		throw e;
	} finally {
		signal?.removeEventListener('abort', onAbort);
		aborted.catch(() => undefined);
	}
}
