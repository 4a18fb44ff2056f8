// Prerender: run every figure's SQL of an essay in Node DuckDB over the built data files, with the
// declared default values. A failing query fails the build: an author's query must work.
import { parseFigureBlocks, defaults } from '$lib/figure/spec';
import type { FigureData } from '$lib/figure/figure-data';
import { sourcesOf } from '$lib/figure/sources';
import { staticRows } from '$lib/charts/static-rows';
import { nodeEngine } from './engine';

export async function loadFigures(markdown: string): Promise<Record<string, FigureData>> {
	const engine = await nodeEngine();
	const out: Record<string, FigureData> = {};
	for (const spec of parseFigureBlocks(markdown)) {
		try {
			const { columns, rows } = await engine.query(spec.sql, { params: defaults(spec.params) });
			staticRows.set(spec.id, rows);
			out[spec.id] = { ...spec, columns, rowCount: rows.length, sources: sourcesOf(rows) };
		} catch (e) {
			throw new Error(`Figure "${spec.id}": ${e instanceof Error ? e.message : e}`);
		}
	}
	return out;
}
