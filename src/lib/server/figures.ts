// Prerender: run every figure's SQL of an essay in Node DuckDB over the built data files, with the
// declared default values. A failing query fails the build: an author's query must work. The page's data is
// the figures plus the databases they read, which the browser attaches (and nothing else).
import { parseFigureBlocks, defaults } from '$lib/figure/spec';
import type { FigureData } from '$lib/figure/figure-data';
import { sourcesOf } from '$lib/figure/sources';
import { staticRows } from '$lib/charts/static-rows';
import type { DatabaseFile } from '$lib/db/types';
import { databaseFiles, nodeEngine, readManifest } from './engine';

export async function loadFigures(markdown: string, aliases: readonly string[]): Promise<{ figures: Record<string, FigureData>; databases: DatabaseFile[] }> {
	const engine = await nodeEngine(aliases);
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
	return { figures: out, databases: databaseFiles(readManifest(), aliases) };
}
