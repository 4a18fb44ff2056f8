import { describe, expect, it } from 'vitest';
import { parseHTML } from 'linkedom';
import type { Row } from '$lib/db/types';
import { timeline } from './timeline';
import { laneColours } from './theme';
import { LABEL_CHAR, units } from './labels';

// The same DOM the build renders with (render-static.ts).
function draw(rows: Row[], width = 680): Element {
	const { document } = parseHTML('<!doctype html><html><body></body></html>');
	return timeline(rows, { x: 'date', facet: 'actor_type' }, { document: document as unknown as Document, width });
}
const event = (date: string, actor_type: string, actor: string): Row => ({ date, date_text: date, actor_type, actor, event: `${actor} did something`, source_name: 'a source' });
const legend = (el: Element) => [...el.querySelectorAll('[class$="-swatch"]')].map((s) => s.textContent?.trim());
const dotFills = (el: Element) => [...el.querySelectorAll('g[aria-label="dot"] circle')].map((c) => c.getAttribute('fill'));

describe('timeline', () => {
	it('names in its legend only the lanes its rows hold, each in its own colour', () => {
		const el = draw([event('2021-04-10', 'regulator', 'SAMR'), event('2022-06-30', 'bank', 'ICBC')]);
		expect(legend(el)).toEqual(['bank', 'regulator']);
		expect(dotFills(el)).toEqual([laneColours.regulator, laneColours.bank]);
	});

	it('keeps a lane’s colour when the others are gone', () => {
		const el = draw([event('2022-06-30', 'bank', 'ICBC')]);
		expect(legend(el)).toEqual(['bank']);
		expect(dotFills(el)).toEqual([laneColours.bank]);
	});

	it('puts a label longer than its margin on two lines, whole where two lines hold it, and cuts only the rest', () => {
		const long = (words: number): Row => ({ ...event('2021-12-29', 'bank', 'ICBC'), event: Array.from({ length: words }, (_, i) => `word${i}`).join(' ') });
		const ticks = (el: Element) =>
			[...el.querySelectorAll('g[aria-label="y-axis tick label"] text')].map((t) => {
				const spans = [...t.querySelectorAll('tspan')].map((s) => s.textContent ?? '');
				return spans.length ? spans : [t.textContent ?? ''];
			});
		const full = (r: Row) => `${r.date_text}  ${r.actor}: ${r.event}`;
		const [short, two, many] = [event('2014-01-12', 'bank', 'ICBC'), long(12), long(60)];
		const el = draw([short, two, many], 680);
		const [a, b, c] = ticks(el);
		const perLine = Math.max(...[...a!, ...b!, ...c!].map(units));
		expect(a, 'a short label stays on one line').toEqual([full(short)]);
		expect(b!.length).toBe(2);
		expect(b!.join(' ').replace(/\s+/g, ' '), 'two lines hold it whole').toBe(full(two).replace(/\s+/g, ' '));
		expect(c!.length).toBe(2);
		expect(c![1]!.endsWith('…'), 'a longer one is cut at the end of its second line').toBe(true);
		expect(perLine, 'no line wider than the margin').toBeLessThanOrEqual(Math.floor((Math.round(680 * 0.58) - 12) / ((LABEL_CHAR * 11.5) / 13)));
		// rows are tall enough for two lines
		expect(Math.max(...[...el.querySelectorAll('svg')].map((svg) => Number(svg.getAttribute('height'))))).toBeGreaterThanOrEqual(56 + 32 * 3);
	});

	it('names every lane on an empty chart', () => {
		expect(legend(draw([]))).toEqual(Object.keys(laneColours));
	});
});
