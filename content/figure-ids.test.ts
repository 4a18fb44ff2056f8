// Figure ids name anchors, URL state and the build-time results (src/lib/charts/static-rows.ts): they must be
// unique across the whole site, and every tag must have its SQL block and every SQL block its tag.
import { describe, expect, it } from 'vitest';
import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseFigureBlocks } from '../src/lib/figure/spec';

const dir = dirname(fileURLToPath(import.meta.url));
const essays = readdirSync(dir).filter((f) => f.endsWith('.md'));

describe('figure ids', () => {
	it('are unique across every essay', () => {
		const ids = essays.flatMap((f) => parseFigureBlocks(readFileSync(join(dir, f), 'utf8')).map((s) => s.id));
		expect(ids.length).toBeGreaterThan(0);
		expect(ids.filter((id, i) => ids.indexOf(id) !== i)).toEqual([]);
	});
	it.each(essays)('%s: every <Figure id> has its SQL block and every SQL block its tag', (f) => {
		const text = readFileSync(join(dir, f), 'utf8');
		const blocks = parseFigureBlocks(text).map((s) => s.id).sort();
		const tags = [...text.matchAll(/<Figure\s[^>]*?\bid="([\w-]+)"/g)].map((m) => m[1]).sort();
		expect(tags).toEqual(blocks);
	});
});
