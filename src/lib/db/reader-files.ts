// The reader's own files, loaded into memory.scratch in the browser through DuckDB's core CSV reader (no
// extension): a CSV as it is, a Parquet file decoded in JavaScript (DuckDB-WASM's parquet extension would be
// fetched from a CDN) and written as typed CSV (no Arrow builders: they compile code with new Function, which
// the site's CSP forbids). Files are registered under READER_DIR, the one folder DuckDB may
// read once external access is off (browser.ts sets allowed_directories before locking the configuration).
// Nothing leaves the browser: the bytes go from the File to the worker.
import type { AsyncDuckDB, AsyncDuckDBConnection } from '@duckdb/duckdb-wasm';

export const READER_DIR = '/reader-files/';

/**
 * A table the reader brought, as UTF-8 CSV. `types` (column, DuckDB type) is given for a CSV written in the page
 * (a decoded Parquet file): it is read exactly so, nothing sniffed; a reader's own CSV is sniffed by DuckDB.
 */
export interface ReaderFile {
	table: string;
	bytes: Uint8Array;
	types?: [string, string][];
}

const ident = (s: string) => `"${s.replaceAll('"', '""')}"`;
const literal = (s: string) => `'${s.replaceAll("'", "''")}'`;

/** Where a reader's table lives: the reader's search path starts there, so `FROM my_table` finds it. */
export const scratchName = (table: string) => `memory.scratch.${ident(table)}`;

export function csvTableSql(table: string, path: string, types?: [string, string][]): string {
	// A sniffed file: a header-less one gets column0, column1 …; one DuckDB cannot read fails with its message.
	// A written one: quoted empty strings stay strings (an unquoted empty field is NULL).
	const options = types
		? `header = true, auto_detect = false, delim = ',', quote = '"', escape = '"', allow_quoted_nulls = false, columns = {${types.map(([n, t]) => `${literal(n)}: ${literal(t)}`).join(', ')}}`
		: 'sample_size = 20480';
	return `CREATE OR REPLACE TABLE ${scratchName(table)} AS SELECT * FROM read_csv(${literal(path)}, ${options})`;
}

export async function loadReaderFile(db: AsyncDuckDB, conn: AsyncDuckDBConnection, file: ReaderFile): Promise<void> {
	const path = `${READER_DIR}${file.table}.csv`;
	// registerFileBuffer transfers the buffer to the worker: hand it a copy, the engine keeps the original to load
	// it again if the worker is replaced.
	await db.registerFileBuffer(path, file.bytes.slice());
	try {
		await conn.query(csvTableSql(file.table, path, file.types));
	} finally {
		await db.dropFile(path).catch(() => undefined);
	}
}
