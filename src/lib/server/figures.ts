// Prerender: run every figure's SQL of an essay in Node DuckDB over the built data files, with the
// declared default values. A failing query fails the build: an author's query must work. The page's data is
// the figures plus the databases they read, which the browser attaches (and nothing else). A figure's SQL and
// sources are in its markup (SQL panel, source line): the page data does not carry them a second time.
import { parseFigureBlocks, queryDefaults } from '$lib/figure/spec';
import type { FigureData } from '$lib/figure/figure-data';
import { readStepTable, sourcesOf } from '$lib/figure/sources';
import { staticRows } from '$lib/charts/static-rows';
import { keepForMarkup } from '$lib/figure/in-markup';
import type { DatabaseFile } from '$lib/db/types';
import { databaseFiles, nodeEngine, readManifest } from './engine';

export async function loadFigures(markdown: string, aliases: readonly string[]): Promise<{ figures: Record<string, FigureData>; databases: DatabaseFile[] }> {
	const engine = await nodeEngine(aliases);
	const out: Record<string, FigureData> = {};
	const specs = parseFigureBlocks(markdown);
	for (const spec of specs) {
		const { sql, ...data } = spec;
		try {
			if (spec.step) {
				// A step's table must not hide a dataset's table of the same name (a TEMP table comes first).
				const clash = await engine.query(`SELECT database_name FROM duckdb_tables() WHERE table_name = '${spec.id}' AND NOT temporary`);
				if (clash.rows.length) throw new Error(`the step's table would hide the table ${spec.id} of ${clash.rows[0]!.database_name}: rename the step.`);
				// A step: its table, for the figures below it; the page shows its size and shape.
				const made = await engine.query(sql, { params: queryDefaults(spec, specs), step: spec.id });
				// Its columns and sources (the SWOT factors carry one a row; a synthetic step none).
				const { columns, sources } = await readStepTable(engine, spec.id);
				out[spec.id] = { ...data, columns, rowCount: Number(made.rows[0]?.Count ?? 0) };
				keepForMarkup(spec.id, { sql, sources });
				continue;
			}
			const { columns, rows } = await engine.query(sql, { params: queryDefaults(spec, specs) });
			staticRows.set(spec.id, rows);
			out[spec.id] = { ...data, columns, rowCount: rows.length };
			keepForMarkup(spec.id, { sql, sources: sourcesOf(rows) });
		} catch (e) {
			throw new Error(`Figure "${spec.id}": ${e instanceof Error ? e.message : e}`);
		}
	}
	return { figures: out, databases: databaseFiles(readManifest(), aliases) };
}
