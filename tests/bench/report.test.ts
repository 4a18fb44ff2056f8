import { describe, expect, it } from 'vitest';
import { checkBudgets, phases, type PageSpec, type PageSummary, type Stat } from './report';
import type { RunResult } from './measure-page';

const at = (median: number): Stat => ({ median, min: median, max: median });
function summary(live: number, firstFigureLive: number): PageSummary {
	return {
		fcp: at(200), firstChart: at(200), chartOverFcp: at(1), live: at(live), firstFigureLive: at(firstFigureLive), recompute: null,
		bytesBeforeFirstChart: at(90_000), bytesAtLive: null, bytes: {} as PageSummary['bytes'], requests: {} as PageSummary['requests'], phases: {}, errors: []
	};
}
const pages: PageSpec[] = [
	{ name: '/customers/', path: 'customers/', bare: false, chapter: true, figures: true, baseline: 'bare-customers' },
	{ name: 'bare-customers', path: 'bench-bare/?db=customers', bare: true, chapter: false, figures: true }
];

describe('time to live budget', () => {
	it('compares the first figure of the first screen with the bare page (one query, one chart each)', () => {
		// First figure 2,200 ms, all three first-screen figures 2,600 ms, bare page 2,000 ms.
		const budgets = checkBudgets(pages, new Map([['/customers/', summary(2600, 2200)], ['bare-customers', summary(2000, 2000)]]));
		const ttl = budgets.find((b) => b.name.startsWith('time to live'))!;
		expect(ttl.value).toBeCloseTo(1.1);
		expect(ttl.pass).toBe(true);
		expect(ttl.note).toBe('all first-screen figures live: 1.30 × (not budgeted)');
	});

	it('fails when the first figure is over 1.15 × the bare page, and says nothing more when it is the only one', () => {
		const budgets = checkBudgets(pages, new Map([['/customers/', summary(2400, 2400)], ['bare-customers', summary(2000, 2000)]]));
		const ttl = budgets.find((b) => b.name.startsWith('time to live'))!;
		expect(ttl.value).toBeCloseTo(1.2);
		expect(ttl.pass).toBe(false);
		expect(ttl.note).toBeUndefined();
	});

	it('says how much later than the bare page the chapter started its engine, and their first paints', () => {
		const started = (fcp: number, start: number): PageSummary => ({ ...summary(2200, 2200), fcp: at(fcp), phases: { 'engine start (since navigation)': at(start) } });
		const budgets = checkBudgets(pages, new Map([['/customers/', started(140, 190)], ['bare-customers', { ...started(48, 76), live: at(2000) }]]));
		expect(budgets.find((b) => b.name.startsWith('time to live'))!.note).toBe("engine started +114 ms after the bare page's (first paint 140 vs 48 ms)");
		const run = { fcp: 140, live: 2200, firstFigureLive: 2200, marks: { 'engine:spawned': 190.04, 'engine:asked': 195 }, log: [], engineRequested: null } as unknown as RunResult;
		expect(phases(run)['engine start (since navigation)']).toBe(190);
	});

	it('reports the first figure and the whole first screen as phases of a run', () => {
		const run = { fcp: 200, live: 2600, firstFigureLive: 2200, marks: {}, log: [], engineRequested: null } as unknown as RunResult;
		const p = phases(run);
		expect(p['time to live (first figure live)']).toBe(2200);
		expect(p['first → all first-screen figures live']).toBe(400);
	});
});
