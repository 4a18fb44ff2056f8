// The sources of what a figure shows, read from its rows: every distinct URL in a source_url column (or
// source_url_2 … for a row computed from several sources, paired with source_name_2 …), in order of first
// appearance, with its name and whether any row from it is low-confidence. A row that sums many sourced rows (a SWOT
// total) may carry them as lists: source_url = [url, …] with source_name = [name, …] in the same order.
import type { Column, Queryable, Row } from '$lib/db/types';

export interface SourceRef {
	url: string;
	name: string;
	low: boolean;
}

/** A column that names or links a row's source (source_name, source_url, source_url_2 …): the source line shows it. */
export const SOURCE_COLUMN = /^source_(name|url)(_\d+)?$/;
const URL_COLUMN = /^source_url(_\d+)?$/;

/** Of a result's column names, those sourcesOf reads (its sources, and confidence, which marks one low); none without a URL. */
export function sourceColumns(names: string[]): string[] {
	return names.some((n) => URL_COLUMN.test(n)) ? names.filter((n) => SOURCE_COLUMN.test(n) || n === 'confidence') : [];
}

/** At most this many distinct sources are read from a table (a reader's query could make one a row). */
export const MAX_SOURCES = 500;

/**
 * The query that reads the distinct sources of a table (for sourcesOf), in the order of their first row, or null
 * when its columns hold none. A page step's table is read this way (at build, and in the browser once a reader has
 * edited its query), not from the preview of its first rows, which may leave sources out.
 */
export function sourcesQuery(table: string, columnNames: string[]): string | null {
	const read = sourceColumns(columnNames).map((n) => `"${n}"`);
	if (!read.length) return null;
	const cols = read.join(', ');
	return `SELECT ${cols} FROM (SELECT ${cols}, row_number() OVER () AS first_row FROM ${table}) GROUP BY ALL ORDER BY min(first_row) LIMIT ${MAX_SOURCES}`;
}

/**
 * A page step's table as the page shows it: its columns (counted under the panel, named by its data table and CSV)
 * and the sources of all its rows. Read at build for the author's query, and in the browser after a reader's edit.
 */
export async function readStepTable(engine: Queryable, table: string): Promise<{ columns: Column[]; sources: SourceRef[] }> {
	const { columns } = await engine.query(`SELECT * FROM ${table} LIMIT 0`);
	const read = sourcesQuery(table, columns.map((c) => c.name));
	return { columns, sources: read ? sourcesOf((await engine.query(read)).rows) : [] };
}

export function sourcesOf(rows: Row[]): SourceRef[] {
	const byUrl = new Map<string, SourceRef>();
	for (const r of rows) {
		for (const key of Object.keys(r)) {
			const m = URL_COLUMN.exec(key);
			if (!m) continue;
			const urls = r[key];
			const names = r[`source_name${m[1] ?? ''}`];
			const list = Array.isArray(urls);
			for (const [i, url] of (list ? urls : [urls]).entries()) {
				if (typeof url !== 'string' || url === '') continue;
				const name = list ? (Array.isArray(names) ? names[i] : undefined) : names;
				const ref = byUrl.get(url) ?? { url, name: typeof name === 'string' ? name : url, low: false };
				if (!list && r.confidence === 'low') ref.low = true;
				byUrl.set(url, ref);
			}
		}
	}
	return [...byUrl.values()];
}
