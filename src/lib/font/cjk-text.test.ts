import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { CJK_CHAR, CJK_UNICODE_RANGE } from './cjk';
import { siteCjkText } from './cjk-text';

const ROOT = fileURLToPath(new URL('../../../', import.meta.url));
const read = (p: string) => readFileSync(fileURLToPath(new URL(p, import.meta.url)), 'utf8');

describe("the site's CJK font", () => {
	it('has a glyph for every CJK character the site shows (else: npm run font)', () => {
		const inFont = new Set(read('./cjk-subset.txt').trim());
		const missing = [...siteCjkText(ROOT)].filter((c) => !inFont.has(c));
		expect(missing, `characters not in cjk-subset.woff2: ${missing.join('')} — run \`npm run font\` (see build-cjk-font.ts)`).toEqual([]);
	});

	it('finds the Chinese of the essays and the data (and nothing else)', () => {
		const text = siteCjkText(ROOT);
		for (const c of '融购善商务交博汇') expect(text).toContain(c);
		expect(text).not.toMatch(/[A-Za-z0-9→—’]/);
	});

	it('is a woff2 file', () => {
		const bytes = readFileSync(fileURLToPath(new URL('./cjk-subset.woff2', import.meta.url)));
		expect(bytes.subarray(0, 4).toString('latin1')).toBe('wOF2');
	});

	it('is declared in app.css for the same code points the text is collected from, and named in every font stack', () => {
		const css = read('../../app.css');
		const face = css.match(/@font-face\s*{[^}]*'Site CJK'[^}]*}/)?.[0] ?? '';
		expect(face).toContain("url('./lib/font/cjk-subset.woff2')");
		expect(face).toContain(`unicode-range: ${CJK_UNICODE_RANGE};`);
		for (const stack of ['--font', '--serif', '--mono']) expect(css).toMatch(new RegExp(`${stack}: [^;]*'Site CJK', [a-z-]+;`));
		expect(read('../charts/theme.ts')).toMatch(/fontFamily = '[^']*"Site CJK", sans-serif'/);
		// The regular expression and the CSS range cover the same code points.
		const ranges = CJK_UNICODE_RANGE.split(', ').map((r) => r.slice(2).split('-').map((h) => parseInt(h, 16)) as [number, number]);
		const differ: string[] = [];
		for (let cp = 0x2000; cp <= 0xffff; cp++)
			if (CJK_CHAR.test(String.fromCodePoint(cp)) !== ranges.some(([a, b]) => cp >= a && cp <= b)) differ.push(`U+${cp.toString(16)}`);
		expect(differ).toEqual([]);
	});
});
