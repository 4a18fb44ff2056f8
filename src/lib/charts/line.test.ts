import { describe, expect, it } from 'vitest';
import { parseHTML } from 'linkedom';
import type { Row } from '$lib/db/types';
import { line } from './line';

// Three series ending near each other, the longest name ending a year before the last (as /growth/ internet-users).
const series: [string, number, number][] = [['Internet users', 2009, 2024], ['Online shoppers', 2010, 2024], ['Online payment users', 2012, 2023]];
const rows: Row[] = series.flatMap(([name, from, to], s) =>
	Array.from({ length: to - from + 1 }, (_, i) => ({ year: from + i, value: 300 + 40 * i - 60 * s, series: name }))
);

/** The chart at a width, and each series name drawn beside the lines: its text, where it starts (px from the left), its vertical centre. */
function draw(width: number) {
	const { document } = parseHTML('<!doctype html><html><body></body></html>');
	const el = line(rows, { x: 'year', y: 'value', series: 'series' }, { document: document as unknown as Document, width });
	// Plot puts a mark's dx and dy on its group's transform, the point's position on the text's.
	const xy = (e: Element) => /translate\(([-\d.]+),([-\d.]+)\)/.exec(e.getAttribute('transform') ?? '')!.slice(1).map(Number) as [number, number];
	const names = [...el.querySelectorAll('g[aria-label="text"] text')].map((t) => {
		const [[dx, dy], [tx, ty]] = [xy(t.parentElement!), xy(t)];
		return { text: t.textContent ?? '', left: tx + dx, centre: ty + dy };
	});
	return { el, names };
}
const all = series.map(([n]) => n).sort();

describe("line: the series' names", () => {
	it('are written beside their last points, inside the chart, where they fit (680 px)', () => {
		const { el, names } = draw(680);
		expect(names.map((n) => n.text).sort()).toEqual(all);
		// 13 px text, ~7.2 px a character
		for (const n of names) expect(n.left + n.text.length * 7.2).toBeLessThanOrEqual(680);
		expect(el.querySelectorAll('span[class*="swatch"]')).toHaveLength(0); // no legend
	});
	it('whose points nearly meet are a line (13 px) apart at least', () => {
		const names = draw(680).names.sort((a, b) => a.centre - b.centre);
		for (let i = 1; i < names.length; i++) expect(names[i]!.centre - names[i - 1]!.centre).toBeGreaterThanOrEqual(12.99);
	});
	it('go into a legend above the chart on a phone ("Online payment users" ran 28 px past the edge at 390 px)', () => {
		const { el, names } = draw(358);
		expect(names).toEqual([]);
		const legend = [...el.querySelectorAll('span[class*="swatch"]')].map((s) => s.textContent?.trim()).sort();
		expect(legend).toEqual(all);
	});
});

describe('line: a low-confidence value', () => {
	it("is a hollow dot (the page's background inside), not a colour of the series' scale", () => {
		const low: Row[] = rows.map((d, i) => ({ ...d, confidence: i % 5 === 0 ? 'low' : 'medium' }));
		const { document } = parseHTML('<!doctype html><html><body></body></html>');
		const el = line(low, { x: 'year', y: 'value', series: 'series', confidence: 'confidence' }, { document: document as unknown as Document, width: 358 });
		const fills = [...el.querySelectorAll('g[aria-label="dot"] circle')].map((c) => c.getAttribute('fill') ?? c.parentElement!.getAttribute('fill'));
		expect(fills.filter((f) => f === 'var(--bg, white)')).toHaveLength(low.filter((d) => d.confidence === 'low').length);
		const legend = [...el.querySelectorAll('span[class*="swatch"]')].map((s) => s.textContent?.trim()).sort();
		expect(legend).toEqual(all);
	});
});
