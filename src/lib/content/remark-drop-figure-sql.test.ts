import { describe, expect, it } from 'vitest';
import { compile } from 'mdsvex';
import { isFigureSql, remarkDropFigureSql } from './remark-drop-figure-sql.js';
import { parseFigureBlocks } from '$lib/figure/spec';

type Node = { type: string; lang?: string | null; meta?: string | null; value?: string; children?: Node[] };
const code = (lang: string | null, meta: string | null, value: string): Node => ({ type: 'code', lang, meta, value });
const drop = (tree: Node) => {
	(remarkDropFigureSql() as (t: Node) => void)(tree);
	return tree;
};
/** Markdown → the Svelte code mdsvex makes of it, with the plugin as svelte.config.js sets it up. */
const render = async (md: string) => (await compile(md, { remarkPlugins: [remarkDropFigureSql] }))!.code;

describe('isFigureSql', () => {
	it.each<{ name: string; node: Node; expected: boolean }>([
		{ name: 'sql with id', node: code('sql', 'id=online-retail', ''), expected: true },
		{ name: 'sql with id after other attributes', node: code('sql', 'title="x" id=a', ''), expected: true },
		{ name: 'sql without meta', node: code('sql', null, ''), expected: false },
		{ name: 'sql with other meta', node: code('sql', 'title="x"', ''), expected: false },
		{ name: 'sql with an attribute that only ends in id', node: code('sql', 'xid=a', ''), expected: false },
		{ name: 'sql with an empty id', node: code('sql', 'id=', ''), expected: false },
		{ name: 'another language with id', node: code('js', 'id=a', ''), expected: false },
		{ name: 'no language', node: code(null, 'id=a', ''), expected: false },
		{ name: 'not code', node: { type: 'paragraph', lang: 'sql', meta: 'id=a' }, expected: false }
	])('$name → $expected', ({ node, expected }) => {
		expect(isFigureSql(node)).toBe(expected);
	});
});

describe('remarkDropFigureSql on a tree', () => {
	it('removes top-level figure SQL and keeps everything else in order', () => {
		const tree: Node = {
			type: 'root',
			children: [
				{ type: 'paragraph', children: [{ type: 'text', value: 'before' }] },
				code('sql', 'id=a', 'SELECT 1'),
				code('sql', null, 'SELECT plain'),
				{ type: 'list', children: [{ type: 'listItem', children: [code('js', 'id=c', 'x')] }] },
				code('sql', 'id=d', 'SELECT 4')
			]
		};
		expect(drop(tree)).toEqual({
			type: 'root',
			children: [
				{ type: 'paragraph', children: [{ type: 'text', value: 'before' }] },
				code('sql', null, 'SELECT plain'),
				{ type: 'list', children: [{ type: 'listItem', children: [code('js', 'id=c', 'x')] }] }
			]
		});
	});

	it('fails on figure SQL nested in a quote or a list, where no figure would be built from it', () => {
		for (const nested of [
			{ type: 'blockquote', children: [code('sql', 'id=b', 'SELECT 2')] },
			{ type: 'list', children: [{ type: 'listItem', children: [code('sql', 'id=c', 'SELECT 3')] }] }
		])
			expect(() => drop({ type: 'root', children: [nested] })).toThrow(/top-level/);
	});
});

describe('remarkDropFigureSql in mdsvex', () => {
	it('drops the figure query from the prose and keeps plain SQL examples', async () => {
		const out = await render(
			['Prose.', '', '```sql id=fig-a', 'SELECT figure_query_a', '```', '', '```sql', 'SELECT plain_example', '```', '', 'After.'].join('\n')
		);
		expect(out).not.toContain('figure_query_a');
		expect(out).toContain('plain_example');
		expect(out).toContain('Prose.');
		expect(out).toContain('After.');
	});

	// The essay must never lose a query silently: every fence this step removes from the prose must be a figure
	// that parseFigureBlocks finds (and so renders with its SQL panel).
	// Bug: remark drops these fences (isFigureSql only looks at lang and meta), but parseFigureBlocks' regex only
	// knows ``` fences starting in column 0, so the figure's SQL vanishes from the page and no figure is built.
	it.each([
		['a ``` fence', '```sql id=fig-x\nSELECT figure_query_x\n```'],
		['a ~~~ fence', '~~~sql id=fig-x\nSELECT figure_query_x\n~~~'],
		['a ```` fence', '````sql id=fig-x\nSELECT figure_query_x\n````']
	])('drops %s and parseFigureBlocks reads it as a figure', async (_, fenceMd) => {
		const md = `Prose.\n\n${fenceMd}\n\nAfter.\n`;
		const dropped = !(await render(md)).includes('figure_query_x');
		const figures = parseFigureBlocks(md).map((f) => f.id);
		expect({ dropped, figures }).toEqual({ dropped: true, figures: ['fig-x'] });
	});

	it.each([
		['a fence in a list item', '- item\n\n  ```sql id=fig-x\n  SELECT figure_query_x\n  ```'],
		['a fence in a block quote', '> ```sql id=fig-x\n> SELECT figure_query_x\n> ```']
	])('fails the build on %s rather than losing the query', async (_, fenceMd) => {
		await expect(render(`Prose.\n\n${fenceMd}\n\nAfter.\n`)).rejects.toThrow(/top-level/);
	});
});
