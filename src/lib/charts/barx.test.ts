import { describe, expect, it } from 'vitest';
import { parseHTML } from 'linkedom';
import type { Row } from '$lib/db/types';
import { barx } from './barx';

// The same DOM the build renders with (render-static.ts).
function endTexts(rows: Row[], options: Record<string, unknown> = {}): string[] {
	const { document } = parseHTML('<!doctype html><html><body></body></html>');
	const el = barx(rows, { x: 'value', y: 'name', ...options }, { document: document as unknown as Document, width: 680 });
	return [...el.querySelectorAll('g[aria-label="text"] text')].map((t) => t.textContent ?? '');
}
const rows = (values: number[]): Row[] => values.map((value, i) => ({ name: `F${i + 1}`, value }));

describe("barx: the number at a bar's end", () => {
	it('has the decimals of the most precise value (SWOT scores printed 0.48 beside 0.4)', () => {
		expect(endTexts(rows([0.48, 0.4, 0.3, 0.18]))).toEqual(['0.48', '0.40', '0.30', '0.18']);
	});
	it('with percent, 10.0 % beside 16.8 % (compound growth printed "10 %")', () => {
		expect(endTexts(rows([16.8, 10, 5.5]), { percent: true })).toEqual(['16.8 %', '10.0 %', '5.5 %']);
	});
	it('groups thousands (customers per group were printed 21776)', () => {
		expect(endTexts(rows([10486, 21776, 10048]))).toEqual(['10,486', '21,776', '10,048']);
	});
	it("is the label column's text when there is one, as the source wrote it", () => {
		expect(endTexts([{ name: 'A', value: 1000, label: '> 1000' }], { label: 'label' })).toEqual(['> 1000']);
	});
	it("leaves room for a negative bar's number between the bar and the names (\"-1.2\" ran into its bar's name)", () => {
		const { document } = parseHTML('<!doctype html><html><body></body></html>');
		const rows: Row[] = [{ name: 'Alipay launched as escrow payment service', value: 9.1 }, { name: 'Huabei consumer credit', value: -1.2 }, { name: 'Ant Financial', value: -0.8 }];
		const el = barx(rows, { x: 'value', y: 'name' }, { document: document as unknown as Document, width: 680 });
		const at = (t: Element) => Number(/translate\(([-\d.]+)/.exec(t.getAttribute('transform') ?? '')![1]) + Number(/translate\(([-\d.]+)/.exec(t.parentElement!.getAttribute('transform') ?? '')![1]);
		// where the names end (right-aligned) and where each negative number starts (right-aligned, ~6.6 px a character)
		const namesEnd = Math.max(...[...el.querySelectorAll('g[aria-label="y-axis tick label"] text')].map(at));
		const negatives = [...el.querySelectorAll('g[aria-label="text"][text-anchor="end"] text')];
		expect(negatives.map((t) => t.textContent)).toEqual(['-1.2', '-0.8']);
		for (const t of negatives) expect(at(t) - t.textContent!.length * 6.6).toBeGreaterThan(namesEnd + 4);
	});
});

describe('barx: the axis label', () => {
	const label = (width: number, xLabel: string) => {
		const { document } = parseHTML('<!doctype html><html><body></body></html>');
		const el = barx(rows([9.1, 7, -1.2]), { x: 'value', y: 'name', xLabel }, { document: document as unknown as Document, width });
		const g = el.querySelector('g[aria-label="x-axis label"]')!;
		const centre = Number(/translate\(([-\d.]+)/.exec(g.querySelector('text')!.getAttribute('transform') ?? '')![1]);
		const lines = [...g.querySelectorAll('tspan')].map((t) => t.textContent ?? '');
		return { lines: lines.length ? lines : [g.textContent ?? ''], centre };
	};
	const long = 'Years before the bank mall opened (negative: after)';
	it('stays on one line where it fits', () => {
		expect(label(680, long).lines).toEqual([`${long} →`]);
	});
	it('goes onto lines that stay inside a phone-wide chart (it ran 68 px past the right edge at 390 px)', () => {
		const { lines, centre } = label(358, long);
		expect(lines.length).toBeGreaterThan(1);
		expect(lines.join(' ')).toBe(`${long} →`);
		// centred: each line spans centre ± half its estimated width (13 px text, ~7.2 px a character)
		for (const l of lines) {
			expect(centre - (l.length * 7.2) / 2).toBeGreaterThanOrEqual(0);
			expect(centre + (l.length * 7.2) / 2).toBeLessThanOrEqual(358);
		}
	});
});
