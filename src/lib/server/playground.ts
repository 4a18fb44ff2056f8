// What /playground/ prerenders: the schema of every published table (from manifest.json: columns, types,
// descriptions, row counts) and example queries, the figures' own SQL from each chapter's essay with the default
// settings written in (the steps they read made first), so an example runs as the figure shows.
import { parseFigureBlocks, queryDefaults } from '$lib/figure/spec';
import { figureScript } from '$lib/playground/link';
import { chapters } from '$lib/chapters';
import type { Manifest } from '../../../data/pipeline/manifest';
import type { ChapterExamples, Example, SchemaTable } from '$lib/playground/types';

export function schemaOf(m: Manifest): SchemaTable[] {
	return m.tables.map((t) => ({ name: t.name, database: t.database, description: t.description, rows: t.rows, columns: t.columns }));
}

/** What a figure tag says, by id: its title, chart and chart options (attributes in any order). */
export interface FigureTag {
	title: string;
	chart?: string;
	options: Record<string, string | number | boolean>;
}

/** Attributes that are not chart options. */
const NOT_OPTIONS = new Set(['id', 'title', 'caption', 'summary', 'chart', 'synthetic']);

/** <Figure id="a" chart="bar" x="year" pivot={100} percent title="…" />: strings, {numbers} and bare flags. */
export function figureTags(markdown: string): Map<string, FigureTag> {
	const out = new Map<string, FigureTag>();
	for (const tag of markdown.match(/<Figure\b[^>]*>/g) ?? []) {
		const attrs: Record<string, string | number | boolean> = {};
		for (const [, name, text, num] of tag.matchAll(/\s([A-Za-z]+)(?:="([^"]*)"|=\{(-?[\d.]+)\}|(?=[\s/>]))/g))
			attrs[name!] = text ?? (num !== undefined ? Number(num) : true);
		const id = attrs.id;
		if (typeof id !== 'string' || typeof attrs.title !== 'string') continue;
		const options = Object.fromEntries(Object.entries(attrs).filter(([k]) => !NOT_OPTIONS.has(k)));
		out.set(id, { title: attrs.title, chart: typeof attrs.chart === 'string' ? attrs.chart : undefined, options });
	}
	return out;
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
