// What an essay's <Figure … /> tags say, read from the Markdown: the attributes of one tag (strings, {numbers} and
// bare flags, in any order), and every tag's title, chart and chart options by id. Used where the essay is read as
// text rather than rendered: the playground's examples and the test that traces the prose's numbers.
export type TagAttributes = Record<string, string | number | boolean>;

export interface FigureTag {
	title: string;
	chart?: string;
	options: TagAttributes;
}

/** Attributes that are not chart options. */
const NOT_OPTIONS = new Set(['id', 'title', 'caption', 'summary', 'chart', 'synthetic']);

/** <Figure id="a" chart="bar" x="year" pivot={100} percent title="…" />: strings, {numbers} and bare flags. */
export function tagAttributes(tag: string): TagAttributes {
	const attrs: TagAttributes = {};
	for (const [, name, text, num] of tag.matchAll(/\s([A-Za-z]+)(?:="([^"]*)"|=\{(-?[\d.]+)\}|(?=[\s/>]))/g))
		attrs[name!] = text ?? (num !== undefined ? Number(num) : true);
	return attrs;
}

/** Every figure tag of an essay that has an id and a title. */
export function figureTags(markdown: string): Map<string, FigureTag> {
	const out = new Map<string, FigureTag>();
	for (const tag of markdown.match(/<Figure\b[^>]*>/g) ?? []) {
		const attrs = tagAttributes(tag);
		const id = attrs.id;
		if (typeof id !== 'string' || typeof attrs.title !== 'string') continue;
		const options = Object.fromEntries(Object.entries(attrs).filter(([k]) => !NOT_OPTIONS.has(k)));
		out.set(id, { title: attrs.title, chart: typeof attrs.chart === 'string' ? attrs.chart : undefined, options });
	}
	return out;
}
