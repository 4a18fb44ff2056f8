import { describe, expect, it } from 'vitest';
import { parseHTML } from 'linkedom';
import type { Row } from '$lib/db/types';
import type { ChartOptions } from './types';
import { heatmap, levelColours, textOn } from './heatmap';
import { charts } from './index';

// The same DOM the build renders with (render-static.ts).
function draw(rows: Row[], options: ChartOptions, width = 680): Element {
	const { document } = parseHTML('<!doctype html><html><body></body></html>');
	return heatmap(rows, options, { document: document as unknown as Document, width });
}
const cellRects = (el: Element) => [...el.querySelectorAll('g[aria-label="cell"] rect')];
const texts = (el: Element) => [...el.querySelectorAll('g[aria-label="text"] text')];
// 'rgb(r, g, b)' → '#rrggbb'
const hex = (c: string | null) => '#' + (String(c).match(/\d+/g) ?? []).map((v) => Number(v).toString(16).padStart(2, '0')).join('');
// d3.interpolatePuOr at 0, 0.25, 0.5, 0.75 and 1 (d3-scale-chromatic), written out: purple … near white … brown.
const PuOr = { 0: '#2d004b', 0.25: '#998ebf', 0.5: '#f3eeea', 0.75: '#ee9d3d', 1: '#7f3b08' };
const chartSvg = (el: Element) => el.querySelector('svg.plot-d6a7b5') ?? el;

// Customer levels by segment: level 1 (lightest) to 5 (darkest); one NULL cell.
const levelRows: Row[] = [
	{ seg: 'New', cat: 'Toys', lv: 1, txt: 'L1' },
	{ seg: 'New', cat: 'Beauty', lv: 5, txt: 'L5' },
	{ seg: 'Loyal', cat: 'Toys', lv: 3, txt: 'L3' },
	{ seg: 'Loyal', cat: 'Beauty', lv: null, txt: 'gone' }
];
const levels: ChartOptions = { x: 'cat', y: 'seg', fill: 'lv', label: 'txt', scheme: 'levels' };

describe('heatmap', () => {
	it('is registered as a chart kind, drawn as one image (no ARIA names on its mark groups)', () => {
		const { document } = parseHTML('<!doctype html><html><body></body></html>');
		const rows = [{ x: 'a', y: 'b', fill: 1 }];
		const direct = heatmap(rows, {}, { document: document as unknown as Document, width: 400 });
		const registered = charts.heatmap(rows, {}, { document: document as unknown as Document, width: 400 });
		expect(direct.querySelectorAll('g[aria-label]').length).toBeGreaterThan(0);
		expect(registered.querySelectorAll('g[aria-label]').length).toBe(0);
		expect(registered.querySelectorAll('rect').length).toBe(direct.querySelectorAll('rect').length);
	});

	it('draws one cell per row, a NULL value as a hatched cell', () => {
		const el = draw(levelRows, levels);
		expect(cellRects(el)).toHaveLength(levelRows.length);
		const hatched = cellRects(el).filter((r) => (r.closest('g')?.getAttribute('fill') ?? '').includes('url(#heatmap-hatch)'));
		expect(hatched).toHaveLength(1);
		expect(el.querySelector('pattern#heatmap-hatch')).not.toBeNull();
	});

	it('prints no label in a NULL cell', () => {
		const el = draw(levelRows, levels);
		expect(texts(el).map((t) => t.textContent)).toEqual(['L1', 'L5', 'L3']);
	});

	it('paints levels 1..5 light to dark with five distinct colours and a "Level" legend', () => {
		expect(new Set(levelColours).size).toBe(5);
		const el = draw(levelRows, levels);
		const fills = cellRects(el).map((r) => r.getAttribute('fill'));
		expect(fills).toContain(levelColours[0]);
		expect(fills).toContain(levelColours[4]);
		const legend = el.querySelector('svg:not(.plot-d6a7b5)')!;
		expect(legend.textContent).toContain('Level');
		expect(legend.querySelectorAll('rect')).toHaveLength(5);
	});

	it('writes its legends in the page text colour (currentColor), so that they read in dark mode too', () => {
		const catRows = [{ seg: 'New', cat: 'Toys', k: 'Toys' }, { seg: 'Loyal', cat: 'Beauty', k: 'Beauty' }];
		const ramp = draw([{ seg: 'New', cat: 'Toys', idx: 80 }, { seg: 'New', cat: 'Beauty', idx: 120 }], { x: 'cat', y: 'seg', fill: 'idx', scheme: 'diverging', pivot: 100 });
		for (const el of [draw(levelRows, levels), ramp, draw(catRows, { x: 'cat', y: 'seg', fill: 'k', scheme: 'categories' })]) {
			const legend = el.querySelector('svg:not(.plot-d6a7b5)')!;
			expect(legend.getAttribute('fill')).toBe('currentColor');
			const labels = [...legend.querySelectorAll('text')];
			expect(labels.length).toBeGreaterThan(1);
			for (const t of labels) expect(t.getAttribute('fill')).toBeNull();
		}
	});

	it('flips the text to white on dark cells and keeps it black on light ones', () => {
		expect(textOn(levelColours[4]!)).toBe('white');
		expect(textOn(levelColours[0]!)).toBe('black');
		expect(textOn('#ffff00')).toBe('black');
		expect(textOn('rgb(20, 20, 60)')).toBe('white');
		const el = draw(levelRows, levels);
		const fillOf = Object.fromEntries(texts(el).map((t) => [t.textContent, t.getAttribute('fill')]));
		expect(fillOf).toEqual({ L1: 'black', L5: 'white', L3: 'black' });
	});

	it('maps the pivot of a diverging scheme to the midpoint colour, symmetrically', () => {
		const rows: Row[] = [
			{ seg: 'A', cat: 'x', idx: 100 },
			{ seg: 'A', cat: 'y', idx: 130 },
			{ seg: 'A', cat: 'z', idx: 85 }
		];
		const el = draw(rows, { x: 'cat', y: 'seg', fill: 'idx', scheme: 'diverging', pivot: 100 });
		const [mid, high, low] = cellRects(el).map((r) => hex(r.getAttribute('fill')));
		expect(mid).toBe(PuOr[0.5]);
		// 130 is the farthest from 100: an end of the ramp. 85 is half as far the other way: a quarter of the ramp.
		expect(high).toBe(PuOr[1]);
		expect(low).toBe(PuOr[0.25]);
		const legend = el.querySelector('svg:not(.plot-d6a7b5)')!;
		expect(legend.querySelectorAll('rect')).toHaveLength(48);
		expect([...legend.querySelectorAll('text')].map((t) => t.textContent)).toContain('100');
	});

	it('keeps the query order on both axes, y top to bottom unless yReverse', () => {
		const rows: Row[] = [
			{ seg: 'Zeta', cat: 'Toys', v: 1 },
			{ seg: 'Alpha', cat: 'Beauty', v: 2 }
		];
		const pos = (el: Element) => cellRects(el).map((r) => [Number(r.getAttribute('x')), Number(r.getAttribute('y'))] as const);
		const [a, b] = pos(draw(rows, { x: 'cat', y: 'seg', fill: 'v' }));
		expect(a![0]).toBeLessThan(b![0]); // Toys before Beauty: not alphabetical
		expect(a![1]).toBeLessThan(b![1]); // Zeta above Alpha
		const [c, d] = pos(draw(rows, { x: 'cat', y: 'seg', fill: 'v', yReverse: true }));
		expect(c![1]).toBeGreaterThan(d![1]);
	});

	it('grows with the number of y rows unless a height is given', () => {
		const rows = (n: number): Row[] => Array.from({ length: n }, (_, i) => ({ seg: `S${i}`, cat: 'a', v: i }));
		const h = (el: Element) => Number(chartSvg(el).getAttribute('height'));
		const extra = h(draw(rows(8), { x: 'cat', y: 'seg', fill: 'v' })) - h(draw(rows(4), { x: 'cat', y: 'seg', fill: 'v' }));
		expect(extra / 4).toBeGreaterThanOrEqual(34);
		expect(extra / 4).toBeLessThanOrEqual(44);
		expect(h(draw(rows(8), { x: 'cat', y: 'seg', fill: 'v', height: 200 }))).toBe(200);
	});

	it('turns and shortens long column names on a phone, and leaves them flat when wide', () => {
		const cats = ['Jewellery & gifts', 'Home & garden', 'Electronics', 'Clothing', 'Books & media', 'Toys', 'Sports & outdoors', 'Beauty'];
		const rows: Row[] = cats.map((cat, i) => ({ seg: 'Level 1', cat, v: i }));
		const ticks = (el: Element) => [...el.querySelectorAll('g[aria-label="x-axis tick label"] text')];
		const narrow = ticks(draw(rows, { x: 'cat', y: 'seg', fill: 'v' }, 340));
		expect(narrow).toHaveLength(8);
		for (const t of narrow) {
			expect(t.getAttribute('transform')).toMatch(/rotate\(-(35|90)\)/);
			expect(t.textContent!.length).toBeLessThanOrEqual(14);
		}
		expect(narrow.map((t) => t.textContent)).toContain('Jewellery & g…');
		// Parallel turned names do not overlap when their baselines are a line (13 px) apart.
		const at = narrow.map((t) => /translate\(([\d.]+),[\d.]+\) rotate\(-(\d+)\)/.exec(t.getAttribute('transform')!)!.slice(1).map(Number));
		for (let i = 1; i < at.length; i++) expect((at[i]![0]! - at[i - 1]![0]!) * Math.sin((at[i]![1]! * Math.PI) / 180)).toBeGreaterThanOrEqual(13);
		const wide = ticks(draw(rows, { x: 'cat', y: 'seg', fill: 'v' }, 1200));
		for (const t of wide) expect(t.getAttribute('transform') ?? '').not.toContain('rotate');
		expect(wide.map((t) => t.textContent)).toContain('Sports & outdoors');
	});

	it('leaves cell text out when it cannot fit its cell', () => {
		const rows: Row[] = Array.from({ length: 12 }, (_, i) => ({ seg: 'A', cat: `c${i}`, v: i, txt: `${i}.00%` }));
		expect(texts(draw(rows, { x: 'cat', y: 'seg', fill: 'v', label: 'txt' }, 1200))).toHaveLength(12);
		expect(texts(draw(rows, { x: 'cat', y: 'seg', fill: 'v', label: 'txt' }, 280))).toHaveLength(0);
	});

	it('draws the same rows to the same markup', () => {
		const opts: ChartOptions = { x: 'cat', y: 'seg', fill: 'lv', label: 'txt', scheme: 'sequential' };
		const a = draw(levelRows, opts).outerHTML;
		expect(draw(levelRows.map((r) => ({ ...r })), opts).outerHTML).toBe(a);
		expect(a).not.toBe(draw(levelRows, { ...opts, scheme: 'diverging', pivot: 3 }).outerHTML);
	});
});
