import { describe, expect, it } from 'vitest';
import { parseHTML } from 'linkedom';
import type { Row } from '$lib/db/types';
import type { ChartOptions } from './types';
import { lorenz, shareScale } from './lorenz';
import { charts } from './index';
import { palette } from './theme';

// The same DOM the build renders with (render-static.ts).
function draw(rows: Row[], options: ChartOptions, width = 680): Element {
	const { document } = parseHTML('<!doctype html><html><body></body></html>');
	return lorenz(rows, options, { document: document as unknown as Document, width });
}
const svgOf = (el: Element) => (el.tagName.toLowerCase() === 'svg' ? el : el.querySelector('svg.plot-d6a7b5')!);
const lineGroups = (el: Element) => [...svgOf(el).querySelectorAll('g[aria-label="line"]')];
const texts = (el: Element) => [...svgOf(el).querySelectorAll('g[aria-label="text"] text')].map((t) => t.textContent);

// Spend: the top fifth of customers spend 71 %. Orders are spread more evenly.
const fractions: Row[] = [
	{ s: 'Spend', x: 0, y: 0, note: null },
	{ s: 'Spend', x: 0.5, y: 0.12, note: null },
	{ s: 'Spend', x: 0.8, y: 0.29, note: 'Top 20 % spend 71 %' },
	{ s: 'Spend', x: 1, y: 1, note: null },
	{ s: 'Orders', x: 0, y: 0, note: null },
	{ s: 'Orders', x: 0.5, y: 0.3, note: null },
	{ s: 'Orders', x: 0.8, y: 0.6, note: null },
	{ s: 'Orders', x: 1, y: 1, note: null }
];
const percents = fractions.map((r) => ({ ...r, x: Number(r.x) * 100, y: Number(r.y) * 100 }));
const opts: ChartOptions = { x: 'x', y: 'y', series: 's', annotate: 'note' };

describe('lorenz', () => {
	it('is registered as a chart kind', () => {
		expect(Object.keys(charts)).toContain('lorenz');
		expect(lorenz).toBeTypeOf('function');
	});

	it('draws the dashed line of equality, labelled, from corner to corner', () => {
		const el = draw(fractions, opts);
		const diagonal = lineGroups(el).filter((g) => g.getAttribute('stroke-dasharray'));
		expect(diagonal).toHaveLength(1);
		const d = diagonal[0]!.querySelector('path')!.getAttribute('d')!;
		const [x0, y0, x1, y1] = /^M([\d.]+),([\d.]+)L([\d.]+),([\d.]+)$/.exec(d)!.slice(1).map(Number);
		expect(x1! - x0!).toBeGreaterThan(0); // left to right…
		expect(y1! - y0!).toBeLessThan(0); // …and up
		expect(texts(el)).toContain('Equality');
	});

	it('draws one curve per series, coloured from the palette, with a legend', () => {
		const el = draw(fractions, opts);
		const curves = lineGroups(el).filter((g) => !g.getAttribute('stroke-dasharray'));
		expect(curves.map((g) => g.getAttribute('stroke'))).toEqual([palette[0], palette[1]]);
		expect(el.textContent).toContain('Spend');
		expect(el.textContent).toContain('Orders');
		// The light area lies between the diagonal and the first curve, in its colour.
		const area = svgOf(el).querySelector('g[aria-label="area"]')!;
		expect(area.getAttribute('fill')).toBe(palette[0]);
		expect(Number(area.getAttribute('fill-opacity'))).toBeLessThan(0.3);
	});

	it('reads percentages (x above 1.5) as the same shares as fractions', () => {
		expect(shareScale([0, 0.2, 1])).toBe(1);
		expect(shareScale([0, 20, 100])).toBe(100);
		expect(shareScale([0, 1.2])).toBe(1);
		expect(draw(percents, opts).outerHTML).toBe(draw(fractions, opts).outerHTML);
	});

	it('adds the ends (0, 0) and (1, 1) a query leaves out', () => {
		const inner = fractions.filter((r) => r.x !== 0 && r.x !== 1);
		expect(draw(inner, opts).outerHTML).toBe(draw(fractions, opts).outerHTML);
	});

	it('marks and labels the annotated points only', () => {
		const el = draw(fractions, opts);
		expect(texts(el)).toContain('Top 20 % spend 71 %');
		expect(texts(el).filter((t) => t !== 'Equality')).toHaveLength(1);
		expect(svgOf(el).querySelectorAll('g[aria-label="dot"] circle')).toHaveLength(1);
	});

	it('labels the axes and ticks in percent', () => {
		const el = draw(fractions, { ...opts, yLabel: 'Share of orders' });
		const svg = svgOf(el);
		const ticks = [...svg.querySelectorAll('g[aria-label="x-axis tick label"] text')].map((t) => t.textContent);
		expect(ticks).toEqual(['0%', '20%', '40%', '60%', '80%', '100%']);
		expect(svg.querySelector('g[aria-label="x-axis label"]')!.textContent).toBe('Share of customers (poorest first)');
		expect(svg.querySelector('g[aria-label="y-axis label"]')!.textContent).toBe('Share of orders');
	});

	it('is square up to 420 px high, and a single curve needs no legend', () => {
		const one = fractions.filter((r) => r.s === 'Spend');
		const narrow = draw(one, { x: 'x', y: 'y' }, 340);
		expect(narrow.tagName.toLowerCase()).toBe('svg');
		expect(narrow.getAttribute('height')).toBe('340');
		expect(svgOf(draw(one, { x: 'x', y: 'y' }, 1000)).getAttribute('height')).toBe('420');
	});

	it('draws the same rows to the same markup', () => {
		expect(draw(fractions.map((r) => ({ ...r })), opts).outerHTML).toBe(draw(fractions, opts).outerHTML);
	});
});
