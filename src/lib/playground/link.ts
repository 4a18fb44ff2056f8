// The playground's state in its URL (?sql=…), and the query a figure hands over ("Open in playground"): the
// figure's SQL with its parameter values written in as literals, after the steps it reads, each made as a
// table of the reader's (memory.scratch comes first on the reader's search path), so it runs as shown.
import { compileParams } from '$lib/db/params';
import type { Params } from '$lib/db/types';

/** Longer queries are not put in the address bar (browsers and servers cut URLs somewhere past 8k–64k). */
export const MAX_LINK_SQL = 16_000;

export function playgroundHref(base: string, sql: string): string {
	return `${base}/playground/?${new URLSearchParams({ sql }).toString()}`;
}

export function sqlFromSearch(search: string): string | null {
	return new URLSearchParams(search).get('sql');
}

export interface HandedStep {
	id: string;
	sql: string;
	values: Params;
}

const body = (sql: string) => sql.trim().replace(/;\s*$/, '');

/** The figure's query as one script: its steps' tables first (in the order they are made), then the figure's. */
export function figureScript(figure: { title: string; sql: string; values: Params }, steps: readonly HandedStep[] = []): string {
	const parts = [`-- ${figure.title}: the figure's query with its current settings written in.`];
	for (const s of steps) parts.push(`CREATE OR REPLACE TABLE ${s.id} AS (\n${body(compileParams(s.sql, s.values).sql)}\n);`);
	const stepValues = Object.assign({}, ...steps.map((s) => s.values)) as Params;
	parts.push(`${body(compileParams(figure.sql, { ...stepValues, ...figure.values }).sql)};`);
	return parts.join('\n\n') + '\n';
}
