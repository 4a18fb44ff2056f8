// The playground's two budgets (issue 6): ready (engine started, schema listed) within 1.2× the bare page's time
// to live, and a 100,000-row result rendered and scrolled to its end ≤ 300 ms after the query returns. Both are
// read from the page's own User Timing: `playground:ready` (start = mount, end = schema listed) and
// `playground:result` (the query's rows are in; the table is not drawn yet).
import type { Browser } from '@playwright/test';
import { median } from './measure-page';

export interface PlaygroundRun {
	/** ms from navigation start to the schema listed by the live engine */
	ready: number | null;
	/** ms from the query's rows arriving to the table drawn, scrolled to its last row and drawn again */
	render100k: number | null;
	error?: string;
}

const QUERY = "SELECT range AS i, range * 2 AS j, 'row ' || range AS s FROM range(100000)";

export async function measurePlayground(browser: Browser, url: string, timeoutMs = 60_000): Promise<PlaygroundRun> {
	const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
	try {
		const page = await context.newPage();
		const cdp = await context.newCDPSession(page);
		await cdp.send('Network.setCacheDisabled', { cacheDisabled: true });
		await page.goto(url, { waitUntil: 'load', timeout: timeoutMs });
		await page.locator('.playground[data-ready=true]').waitFor({ timeout: timeoutMs });
		await page.locator('.playground .editor .cm-content').waitFor({ timeout: timeoutMs });
		const ready = await page.evaluate(() => {
			const m = performance.getEntriesByName('playground:ready')[0];
			return m ? m.startTime + m.duration : null;
		});
		// Put the query in the editor and run it; then, inside the page, wait for the table and scroll it.
		await page.locator('.playground .editor .cm-content').click();
		await page.keyboard.press('ControlOrMeta+A');
		await page.keyboard.insertText(QUERY);
		const render100k = await page.evaluate(async (timeout) => {
			const frame = () => new Promise((r) => requestAnimationFrame(() => r(null)));
			performance.clearMarks('playground:result');
			(document.querySelector('.playground .toolbar .run') as HTMLButtonElement).click();
			const t0 = performance.now();
			const lastRow = () => document.querySelector('.result-table tr[aria-rowindex="100001"] td')?.textContent;
			while (!document.querySelector('.playground .status')?.textContent?.includes('100,000 rows')) {
				if (performance.now() - t0 > timeout) return null;
				await frame();
			}
			const box = document.querySelector('.result-table') as HTMLElement;
			box.scrollTop = box.scrollHeight;
			box.dispatchEvent(new Event('scroll'));
			while (lastRow() !== '99,999') {
				if (performance.now() - t0 > timeout) return null;
				await frame();
			}
			const done = performance.now();
			const returned = performance.getEntriesByName('playground:result')[0]?.startTime;
			return returned === undefined ? null : done - returned;
		}, timeoutMs);
		return { ready, render100k };
	} catch (e) {
		return { ready: null, render100k: null, error: e instanceof Error ? e.message : String(e) };
	} finally {
		await context.close();
	}
}

export function summarizePlayground(runs: PlaygroundRun[]) {
	const ok = <K extends 'ready' | 'render100k'>(k: K) => runs.map((r) => r[k]).filter((x): x is number => x !== null);
	const s = (xs: number[]) => (xs.length ? { median: median(xs), min: Math.min(...xs), max: Math.max(...xs) } : null);
	return { ready: s(ok('ready')), render100k: s(ok('render100k')), errors: runs.flatMap((r) => (r.error ? [r.error] : [])) };
}
