import { describe, expect, it } from 'vitest';
import { parseHTML } from 'linkedom';
import type { Row } from '$lib/db/types';
import { timeline } from './timeline';
import { laneColours } from './theme';

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

	it('names every lane on an empty chart', () => {
		expect(legend(draw([]))).toEqual(Object.keys(laneColours));
	});
});
