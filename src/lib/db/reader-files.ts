// The reader's own files, loaded into memory.scratch in the browser: CSV through DuckDB's core CSV reader (no
// extension), columns already decoded in JavaScript (Parquet, read by hyparquet: DuckDB-WASM's parquet extension
// would be fetched from a CDN) through Arrow. Files are registered under READER_DIR, the one folder DuckDB may
// read once external access is off (browser.ts sets allowed_directories before locking the configuration).
// Nothing leaves the browser: the bytes go from the File to the worker.
import type { AsyncDuckDB, AsyncDuckDBConnection } from '@duckdb/duckdb-wasm';

export const READER_DIR = '/reader-files/';

export type ColumnKind = 'integer' | 'double' | 'text' | 'boolean' | 'date' | 'timestamp';

/** A table the reader brought: CSV bytes (UTF-8), or decoded columns with their kinds. */
export type ReaderFile =
	| { kind: 'csv'; table: string; bytes: Uint8Array }
	| { kind: 'columns'; table: string; columns: { name: string; kind: ColumnKind; values: unknown[] }[] };

const ident = (s: string) => `"${s.replaceAll('"', '""')}"`;

/** Where a reader's table lives: the reader's search path starts there, so `FROM my_table` finds it. */
export const scratchName = (table: string) => `memory.scratch.${ident(table)}`;

export function csvTableSql(table: string, path: string): string {
	// store_rejects off and the sniffer's defaults: a header-less file gets column0, column1 …; a ragged one fails
	// with DuckDB's message, which the page shows.
	return `CREATE OR REPLACE TABLE ${scratchName(table)} AS SELECT * FROM read_csv('${path.replaceAll("'", "''")}', sample_size = 20480)`;
}

export async function loadReaderFile(db: AsyncDuckDB, conn: AsyncDuckDBConnection, file: ReaderFile): Promise<void> {
	if (file.kind === 'csv') {
		const path = `${READER_DIR}${file.table}.csv`;
		// registerFileBuffer transfers the buffer to the worker: hand it a copy, the engine keeps the original to
		// load it again if the worker is replaced.
		await db.registerFileBuffer(path, file.bytes.slice());
		try {
			await conn.query(csvTableSql(file.table, path));
		} finally {
			await db.dropFile(path).catch(() => undefined);
		}
		return;
	}
	const arrow = await import('apache-arrow');
	const type = (k: ColumnKind) =>
		({
			integer: new arrow.Float64(), // integers beyond 2^31 stay exact up to 2^53; re-typed below
			double: new arrow.Float64(),
			text: new arrow.Utf8(),
			boolean: new arrow.Bool(),
			date: new arrow.DateMillisecond(),
			timestamp: new arrow.TimestampMillisecond()
		})[k];
	const vectors = Object.fromEntries(file.columns.map((c) => [c.name, arrow.vectorFromArray(c.values, type(c.kind) as never)]));
	const stage = `stage_${file.table}`;
	await conn.insertArrowTable(new arrow.Table(vectors), { name: stage, schema: 'scratch', create: true });
	const select = file.columns.map((c) => (c.kind === 'integer' ? `CAST(${ident(c.name)} AS BIGINT) AS ${ident(c.name)}` : ident(c.name)));
	try {
		await conn.query(`CREATE OR REPLACE TABLE ${scratchName(file.table)} AS SELECT ${select.join(', ')} FROM memory.scratch.${ident(stage)}`);
	} finally {
		await conn.query(`DROP TABLE IF EXISTS memory.scratch.${ident(stage)}`);
	}
}
