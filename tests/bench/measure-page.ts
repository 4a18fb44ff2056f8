// One measured load of one page: a fresh browser context (empty cache, HTTP cache disabled), 1280×900, then
// paint and chart times, time to live, recompute after a control change, and every request's bytes and timing.

import type { Browser } from '@playwright/test';
import { CATEGORIES, NetworkLog, type Category, type RequestRecord } from './network';
import { findControl, inPage, instrument, readTimings, timeRecompute, type ControlInfo, type PageMarks } from './in-page';

export interface RunOptions {
	/** the page is expected to turn live (it has figures, or it is the bare page) */
	expectLive: boolean;
	changes: number;
	timeoutMs: number;
	/** the control whose changes are timed (default: the first control of the first figure) */
	control?: string;
	/** a figure the change must redraw too, wherever it is: it is scrolled into view and timed with the rest */
	waitFor?: string;
}

export interface Recompute {
	figure: string;
	control: string;
	samples: number[];
	median: number;
}

export interface RunResult {
	fcp: number | null;
	/** max(first frame with a figure svg, FCP): a chart cannot be seen before the first paint */
	firstChart: number | null;
	live: number | null;
	error: string | null;
	engineRequested: number | null;
	/**
	 * when the first of the first screen's figures turned live (the others follow, one query and one draw at a
	 * time); on the bare page, when it turned live. The budgeted time to live (report.ts).
	 */
	firstFigureLive: number | null;
	figureLive: Record<string, number>;
	recompute: Recompute | null;
	/** compressed HTML + CSS + JS finished before the first chart (or, on a page without figures, before FCP) */
	bytesBeforeFirstChart: number | null;
	bytes: Record<Category | 'total', number>;
	requests: Record<Category | 'total', number>;
	/** bytes of requests started before the page was live */
	bytesAtLive: number | null;
	marks: Record<string, number>;
	log: RequestRecord[];
}

export const median = (xs: number[]): number => {
	const s = [...xs].sort((a, b) => a - b);
	const mid = s.length >> 1;
	return s.length % 2 ? s[mid]! : (s[mid - 1]! + s[mid]!) / 2;
};

/** A run that could not be measured (the page did not load, a control did not redraw, …). */
export function failedRun(error: unknown): RunResult {
	const zero = Object.fromEntries([...CATEGORIES, 'total'].map((c) => [c, 0])) as RunResult['bytes'];
	const message = error instanceof Error ? error.message.split('\n')[0]! : String(error);
	return { fcp: null, firstChart: null, live: null, error: message, engineRequested: null, firstFigureLive: null, figureLive: {}, recompute: null, bytesBeforeFirstChart: null, bytes: zero, requests: { ...zero }, bytesAtLive: null, marks: {}, log: [] };
}

const round = (x: number | null) => (x === null ? null : Math.round(x * 10) / 10);

export async function measureRun(browser: Browser, url: string, o: RunOptions): Promise<RunResult> {
	const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
	try {
		await context.addInitScript({ content: inPage(instrument) });
		const page = await context.newPage();
		const cdp = await context.newCDPSession(page);
		const net = await NetworkLog.attach(cdp);
		await cdp.send('Performance.enable', { timeDomain: 'timeTicks' });
		await page.goto(url, { waitUntil: 'load', timeout: o.timeoutMs });

		let error: string | null = null;
		if (o.expectLive) {
			await page
				.waitForFunction(() => window.__bench.live !== null || window.__bench.error !== null, null, { timeout: o.timeoutMs, polling: 50 })
				.catch(() => (error = `not live within ${o.timeoutMs} ms`));
		}
		// Let late requests land (a page without figures must not start the engine: anything it asks for shows here).
		await net.quiet(o.expectLive ? 200 : 1500, o.expectLive ? 2000 : 20_000);

		const t = (await page.evaluate(inPage(readTimings))) as ReturnType<typeof readTimings>;
		const m: PageMarks = t.marksPage;
		if (m.error !== null) error ??= 'a figure went to error';

		const recompute = o.expectLive && m.live !== null && o.changes > 0 ? await measureRecompute(page, o) : null;

		const { metrics } = await cdp.send('Performance.getMetrics');
		const navigationStart = metrics.find((x) => x.name === 'NavigationStart')?.value;
		if (navigationStart === undefined) throw new Error('no NavigationStart metric');
		const log = await net.records(navigationStart);

		const firstChart = m.firstChart === null ? null : Math.max(m.firstChart, t.fcp ?? 0);
		const chartOrPaint = firstChart ?? (o.expectLive ? null : t.fcp);
		const bytes = Object.fromEntries([...CATEGORIES, 'total'].map((c) => [c, 0])) as RunResult['bytes'];
		const requests = { ...bytes };
		for (const r of log) {
			bytes[r.category] += r.bytes;
			bytes.total += r.bytes;
			requests[r.category]++;
			requests.total++;
		}
		const early = (r: RequestRecord) => ['document', 'stylesheet', 'script'].includes(r.category) && r.end !== null && r.end <= chartOrPaint!;
		return {
			fcp: round(t.fcp),
			firstChart: round(firstChart),
			live: round(m.live),
			error,
			engineRequested: round(m.engineRequested),
			firstFigureLive: round(m.firstLive),
			figureLive: Object.fromEntries(Object.entries(m.figureLive).map(([k, v]) => [k, round(v)!])),
			recompute,
			bytesBeforeFirstChart: chartOrPaint === null ? null : log.filter(early).reduce((s, r) => s + r.bytes, 0),
			bytes,
			requests,
			bytesAtLive: m.live === null ? null : log.filter((r) => r.start <= m.live!).reduce((s, r) => s + r.bytes, 0),
			marks: Object.fromEntries(Object.entries(t.marks).map(([k, v]) => [k, round(v)!])),
			log
		};
	} finally {
		await context.close();
	}
}

/** The id of the page's first figure when no figure (or page step) starts on the first screen, else null. */
export async function firstFigureBelowFold(browser: Browser, url: string): Promise<string | null> {
	const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
	try {
		const page = await context.newPage();
		await page.goto(url, { waitUntil: 'load' });
		return await page.evaluate(() => {
			const all = Array.from(document.querySelectorAll<HTMLElement>('figure[data-figure], section[data-step]'));
			if (all.some((f) => f.getBoundingClientRect().top < window.innerHeight)) return null;
			return all[0]?.id || null;
		});
	} finally {
		await context.close();
	}
}

/** Values to cycle through, each different from the one before, starting from the control's current value. */
export function nextValues(c: ControlInfo, n: number): string[] {
	let pool: string[];
	if (c.kind === 'select') pool = c.options;
	else {
		const step = c.step && c.step > 0 ? c.step : 1;
		const cur = Number(c.value);
		const lo = c.min ?? cur - 5 * step;
		const hi = c.max ?? cur + 5 * step;
		pool = [];
		for (let i = 0; lo + i * step <= hi + 1e-12 && pool.length < 50; i++) pool.push(String(Number((lo + i * step).toFixed(10))));
	}
	if (pool.length < 2) return [];
	const at = Math.max(0, pool.indexOf(c.value));
	return Array.from({ length: n }, (_, i) => pool[(at + 1 + i) % pool.length]!);
}

async function measureRecompute(page: import('@playwright/test').Page, o: RunOptions): Promise<Recompute | null> {
	const control = (await page.evaluate(inPage(findControl, o.control ?? null))) as ControlInfo | null;
	if (!control) return null;
	if (o.control) {
		// A page step's control: every figure that reads the step recomputes, so bring them all to life first (they
		// turn live as the reader approaches them) and time the change until the last of them has redrawn.
		for (const fig of await page.locator('figure[data-figure]').all()) {
			await fig.scrollIntoViewIfNeeded();
			await page.waitForFunction((el) => (el as HTMLElement).dataset.state === 'live', await fig.elementHandle(), { timeout: o.timeoutMs });
		}
		// The figure that must redraw is the one on screen (a figure far below only goes stale); the control is set
		// from the page, wherever it is.
		if (o.waitFor) await page.locator(`figure[data-figure="${o.waitFor}"]`).scrollIntoViewIfNeeded();
		else await page.locator(`[id="${control.id}"]`).scrollIntoViewIfNeeded();
	}
	// Let the first live draw settle (ResizeObserver, idle work) before timing changes.
	await page.waitForTimeout(300);
	const samples: number[] = [];
	for (const value of nextValues(control, o.changes)) {
		samples.push(round((await page.evaluate(inPage(timeRecompute, { id: control.id, value, timeoutMs: 30_000, also: o.waitFor ? [o.waitFor] : [] }))) as number)!);
		await page.waitForTimeout(50);
	}
	return samples.length ? { figure: control.figure, control: control.id, samples, median: median(samples) } : null;
}
