// Typed errors of the query API, so the UI can say what went wrong in words that fit.

export type QueryErrorKind = 'sql' | 'param' | 'refused' | 'timeout' | 'cancelled' | 'engine';

export class QueryError extends Error {
	readonly kind: QueryErrorKind;
	constructor(kind: QueryErrorKind, message: string, options?: { cause?: unknown }) {
		super(message, options);
		this.name = 'QueryError';
		this.kind = kind;
	}
}

/** DuckDB's own message (e.g. `Parser Error: syntax error at or near "SELEC"`), kept as DuckDB wrote it. */
export const sqlError = (cause: unknown) =>
	new QueryError('sql', cause instanceof Error ? cause.message : String(cause), { cause });

export const isQueryError = (e: unknown): e is QueryError => e instanceof QueryError;
