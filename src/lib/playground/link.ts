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
	// A step may read the values of the steps it uses, as the figure may read all of them.
	let values: Params = {};
	for (const s of steps) {
		values = { ...values, ...s.values };
		parts.push(`CREATE OR REPLACE TABLE ${s.id} AS (\n${body(compileParams(s.sql, values).sql)}\n);`);
	}
	parts.push(`${body(compileParams(figure.sql, { ...values, ...figure.values }).sql)};`);
	return parts.join('\n\n') + '\n';
}

/**
 * "Open in playground" of a figure: the link to its script. A query whose parameters cannot be written in (an
 * edited query naming an unknown one) goes as written: the playground shows DuckDB's message for it.
 */
export function figureHref(base: string, figure: { title: string; sql: string; values: Params }, steps: readonly HandedStep[] = []): string {
	try {
		return playgroundHref(base, figureScript(figure, steps));
	} catch {
		return playgroundHref(base, figure.sql);
	}
}
