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

/**
 * DuckDB's own message, as the DuckDB CLI and the Node API write it (`Parser Error: syntax error at or near
 * "SELEC"` and the LINE/caret lines). DuckDB-WASM reports the same error as JSON
 * ({"exception_type":"Parser","exception_message":"…"}): unwrap it, so both engines say the same thing.
 */
export function duckdbMessage(raw: string): string {
	if (!raw.startsWith('{')) return raw;
	try {
		const e = JSON.parse(raw) as { exception_type?: unknown; exception_message?: unknown };
		if (typeof e.exception_message !== 'string') return raw;
		return typeof e.exception_type === 'string' && e.exception_type ? `${e.exception_type} Error: ${e.exception_message}` : e.exception_message;
	} catch {
		return raw;
	}
}

export const sqlError = (cause: unknown) =>
	new QueryError('sql', duckdbMessage(cause instanceof Error ? cause.message : String(cause)), { cause });

export const isQueryError = (e: unknown): e is QueryError => e instanceof QueryError;
