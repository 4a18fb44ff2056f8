// How the playground runs a script: statement by statement (DuckDB-WASM runs one statement per query), the last
// one shown. A query's result is fetched with a LIMIT one past the display cap, so a cross join of millions of
// rows shows its first rows at once instead of filling the tab's memory; Download CSV runs it whole.
import { statements } from '$lib/db/lexer';

/** Rows the results table holds at most. */
export const DISPLAY_CAP = 200_000;

/** Statements whose result is a table of rows: these can be wrapped in SELECT … LIMIT. */
const QUERY = new Set(['SELECT', 'WITH', 'FROM', 'VALUES', 'TABLE']);

export interface RunPlan {
	/** Run first, in order (CREATE TABLE …, the steps of a figure); their results are not shown. */
	before: string[];
	/** The statement whose result is shown, as written (Download CSV runs this). */
	last: string;
	/** What runs for the display: `last` with the cap, or `last` itself when it is not a query (CREATE, EXPLAIN …). */
	shown: string;
	capped: boolean;
}

export function planRun(sql: string, cap = DISPLAY_CAP): RunPlan | null {
	const parts = statements(sql).map((s) => s.text.trim());
	const kinds = statements(sql).map((s) => s.keyword);
	const last = parts.at(-1);
	if (last === undefined) return null;
	const capped = QUERY.has(kinds.at(-1)!);
	return { before: parts.slice(0, -1), last, shown: capped ? limited(last, cap + 1) : last, capped };
}

/** The query with at most `n` rows; the newline keeps a trailing -- comment from swallowing the parenthesis. */
export const limited = (sql: string, n: number) => `SELECT * FROM (\n${sql}\n) LIMIT ${n}`;

/** The query's rows from `offset`, `n` at a time (Download CSV fetches a large result in pages). */
export const page = (sql: string, n: number, offset: number) => `${limited(sql, n)} OFFSET ${offset}`;
