// Shapes shared by the browser engine and the Node engine. Components only ever see `Row`s.

export type Cell = number | string | boolean | Date | null | Cell[] | { [key: string]: Cell };
export type Row = Record<string, Cell>;
export type ParamValue = number | string | boolean | null;
export type Params = Record<string, ParamValue>;

export interface Column {
	name: string;
	type: string;
}

export interface QueryResult {
	columns: Column[];
	rows: Row[];
	elapsedMs: number;
}

/**
 * author: the site's own figure queries; sees the published datasets only.
 * reader: an edited query or the playground; may create scratch tables (in memory.scratch),
 * which the author role never sees, so a reader cannot change what other figures read.
 */
export type Role = 'author' | 'reader';

export interface QueryOptions {
	params?: Params;
	timeoutMs?: number;
	signal?: AbortSignal;
	role?: Role;
	/**
	 * Run the query as a page step: its result becomes the TEMP table of that name on the role's connection
	 * (setup.ts stepStatement), for the queries that `@uses` it. Returns no rows.
	 */
	step?: string;
	/** Check the query as a reader's, whatever the role (a reader's edited step runs on the author's connection). */
	guard?: boolean;
}

export interface DatabaseFile {
	alias: string; // catalog name in SQL, e.g. "reference"
	file: string; // file name under data/, e.g. "reference.duckdb"
}

export interface Queryable {
	query(sql: string, options?: QueryOptions): Promise<QueryResult>;
}
