import { describe, expect, it } from 'vitest';
import { parseHTML } from 'linkedom';
import type { Row } from '$lib/db/types';
import { bar } from './bar';

// The same DOM the build renders with (render-static.ts).
function xTicks(rows: Row[], width: number): Element[] {
	const { document } = parseHTML('<!doctype html><html><body></body></html>');
	const el = bar(rows, { x: 'group', y: 'value' }, { document: document as unknown as Document, width });
	return [...el.querySelectorAll('g[aria-label="x-axis tick label"] text')];
}
const rows: Row[] = ['All customers', 'Level 1', 'Level 2', 'Level 3', 'Level 4', 'Level 5'].map((group, i) => ({ group, value: i + 1 }));
const turned = (t: Element) => /rotate\(-35\)/.test(t.getAttribute('transform') ?? '');

describe('bar: names under the bars', () => {
	it('stay flat when they fit side by side', () => {
		const ticks = xTicks(rows, 680);
		expect(ticks).toHaveLength(6);
		expect(ticks.some(turned)).toBe(false);
	});
	it('are turned on a phone, where they would overlap ("All customers" ran into "Level 1" at 390 px)', () => {
		const ticks = xTicks(rows, 358);
		expect(ticks).toHaveLength(6);
		expect(ticks.every(turned)).toBe(true);
	});
	it('leave years flat', () => {
		const years = Array.from({ length: 11 }, (_, i) => ({ group: 2014 + i, value: i }));
		expect(xTicks(years, 358).some(turned)).toBe(false);
	});
});
