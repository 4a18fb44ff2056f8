import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { chapterQuery } from './chapter-query';

describe('chapterQuery (the bare page runs a chapter query with its defaults)', () => {
	const md = ['text', '```sql id=a step', "-- @param model select planted options=\"planted:A|null:B\"", '-- @param n number 0.5 min=0', "SELECT $n AS n WHERE $model = 'planted'", '```', '```sql id=ab', 'SELECT 2', '```'].join('\n');
	it('replaces each parameter by its default, quoting text', () => {
		expect(chapterQuery(md, 'a').split('\n').at(-1)).toBe("SELECT 0.5 AS n WHERE 'planted' = 'planted'");
	});
	it('finds the block by its exact id', () => {
		expect(chapterQuery(md, 'ab')).toBe('SELECT 2');
	});
	it('refuses an unknown id or an undeclared parameter', () => {
		expect(() => chapterQuery(md, 'b')).toThrow(/No query b/);
		expect(() => chapterQuery('```sql id=c\nSELECT $x\n```', 'c')).toThrow(/\$x/);
	});
	it("reads the association chapter's baskets and first figure", async () => {
		const chapter = readFileSync(new URL('../../../content/associations.md', import.meta.url), 'utf8');
		const baskets = chapterQuery(chapter, 'baskets');
		expect(baskets).toContain("'planted' = 'planted'");
		expect(baskets).not.toMatch(/\$\w/);
		// The bare page's query gives the chapter's item support, as Node DuckDB computes it from the same file.
		const { openNodeEngine } = await import('../../../src/lib/db/node');
		const engine = await openNodeEngine(new URL('../../../static/data/', import.meta.url).pathname, [{ alias: 'customers', file: 'customers.duckdb' }]);
		try {
			const bare = await engine.query(`WITH baskets AS (\n${baskets}\n)\n${chapterQuery(chapter, 'item-support')}`);
			const items = await engine.query("SELECT count(DISTINCT item) AS n FROM (" + baskets + ")");
			expect(bare.rows.length).toBe(Number(items.rows[0]!.n));
			expect(bare.rows.length).toBeGreaterThan(20);
			for (const r of bare.rows) expect(Number(r.support_pct)).toBeGreaterThan(0);
		} finally {
			engine.close();
		}
	});
});
