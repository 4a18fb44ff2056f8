// What /playground/ prerenders: the schema of every published table (from manifest.json: columns, types,
// descriptions, row counts) and example queries, the figures' own SQL from each chapter's essay with the default
// settings written in (the steps they read made first), so an example runs as the figure shows.
import { parseFigureBlocks, queryDefaults } from '$lib/figure/spec';
import { figureTags } from '$lib/figure/figure-tags';
export { figureTags } from '$lib/figure/figure-tags';
import { figureScript } from '$lib/playground/link';
import { chapters } from '$lib/chapters';
import type { Manifest } from '../../../data/pipeline/manifest';
import type { ChapterExamples, Example, SchemaTable } from '$lib/playground/types';

export function schemaOf(m: Manifest): SchemaTable[] {
	return m.tables.map((t) => ({ name: t.name, database: t.database, description: t.description, rows: t.rows, columns: t.columns }));
}

/** Every drawn figure of an essay as an example (steps are not: the figures that read them make them). */
export function examplesOf(markdown: string): Example[] {
	const specs = parseFigureBlocks(markdown);
	const tags = figureTags(markdown);
	return specs
		.filter((s) => !s.step)
		.map((s) => {
			const tag = tags.get(s.id);
			const title = tag?.title ?? s.id;
			const steps = s.needs.map((id) => {
				const step = specs.find((x) => x.id === id)!;
				return { id, sql: step.sql, values: queryDefaults(step, specs) };
			});
			const sql = figureScript({ title, sql: s.sql, values: queryDefaults(s, specs) }, steps);
			return { id: s.id, title, sql, ...(tag?.chart ? { chart: tag.chart, options: tag.options } : {}) };
		});
}

/** The examples of each chapter that has an essay, in reading order. */
export function chapterExamples(essays: Record<string, string>): ChapterExamples[] {
	return chapters
		.filter((c) => essays[c.path] !== undefined)
		.map((c) => ({ path: c.path, title: c.title, examples: examplesOf(essays[c.path]!) }));
}
