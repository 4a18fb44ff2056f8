// Fixtures and small page helpers for the e2e specs. Every test gets a `watch` on its browser context: it
// records requests (pages and workers), aborts any to another origin, and collects console errors, page
// errors, hydration warnings and responses >= 400. A request to another origin or a violation of the site's
// Content-Security-Policy fails any test.
import { test as base, expect, type BrowserContext, type Locator, type Page } from '@playwright/test';
import { readFile } from 'node:fs/promises';
import { annotateFrameStall } from './frames';
import { NEAR_VIEWPORT } from '../../src/lib/figure/near';
import type { BuiltControl } from './site';

/** How long a figure may take to turn live (engine start + query + draw) on a slow CI machine. */
export const LIVE_TIMEOUT = 30_000;

export interface Watch {
	/** Every request URL (pages and workers). */
	requests: string[];
	/** Requests to another origin than the test server; they were aborted. */
	external: string[];
	/** console.error, uncaught page errors, and any console text about hydration or an unassociated DuckDB answer. */
	errors: string[];
	/** Responses with status >= 400. */
	badResponses: string[];
	/** Content-Security-Policy violations (the page's securitypolicyviolation events and the browser's reports). */
	csp: string[];
}

export async function watchContext(context: BrowserContext, origin: string): Promise<Watch> {
	const w: Watch = { requests: [], external: [], errors: [], badResponses: [], csp: [] };
	// The page reports each violation of its CSP as an event; the browser also logs it ("Refused to …").
	await context.addInitScript(() =>
		document.addEventListener('securitypolicyviolation', (e) => console.error(`CSP violation: ${e.violatedDirective} blocked ${e.blockedURI || 'inline'}`))
	);
	context.on('request', (r) => void w.requests.push(r.url()));
	await context.route('**/*', (route) => {
		const url = route.request().url();
		if (sameOrigin(url, origin)) return route.fallback();
		w.external.push(url);
		return route.abort('blockedbyclient');
	});
	context.on('console', (m) => {
		if (/CSP violation|Content Security Policy/i.test(m.text())) w.csp.push(`${m.text()} (${m.location().url})`);
		// DuckDB warns of an answer it did not ask for (the engine's own start ping must never reach it)
		if (m.type() === 'error' || /hydration|unassociated response/i.test(m.text())) w.errors.push(`console.${m.type()}: ${m.text()} (${m.location().url})`);
	});
	context.on('weberror', (e) => void w.errors.push(`page error: ${e.error().stack ?? e.error().message}`));
	context.on('response', (r) => {
		if (r.status() >= 400) w.badResponses.push(`${r.status()} ${r.url()}`);
	});
	return w;
}

function sameOrigin(url: string, origin: string): boolean {
	if (url.startsWith('data:') || url === 'about:blank') return true;
	try {
		return new URL(url).origin === origin; // blob:http://host/… has the origin of its creator
	} catch {
		return false;
	}
}

export const test = base.extend<{ watch: Watch }>({
	baseURL: async ({}, use) => {
		const url = process.env.E2E_BASE_URL;
		if (!url) throw new Error('E2E_BASE_URL is not set: run through playwright.config.ts (its global setup serves the site).');
		await use(url);
	},
	watch: [
		async ({ context, baseURL }, use, info) => {
			const w = await watchContext(context, new URL(baseURL!).origin);
			await use(w);
			await annotateFrameStall(context, info);
			expect(w.external, 'requests to another origin').toEqual([]);
			expect(w.csp, 'Content-Security-Policy violations').toEqual([]);
		},
		{ auto: true }
	]
});
export { expect };

// ---- figures ----------------------------------------------------------------------------------------------

export const figures = (page: Page) => page.locator('figure[data-figure]');
export const figure = (page: Page, id: string) => page.locator(`figure[data-figure="${id}"]`);
export const alertOf = (fig: Locator) => fig.locator('.sql-panel [role=alert]');
export const control = (page: Page, c: BuiltControl) => page.locator(`[id="${c.id}"]`);

export async function figureIds(page: Page): Promise<string[]> {
	return figures(page).evaluateAll((els) => els.map((el) => el.getAttribute('data-figure') ?? ''));
}

/**
 * A figure turns live when it comes within a screen of the viewport: bring it there, then wait.
 * Scrolled by the page (element.scrollIntoView), not by Playwright's scrollIntoViewIfNeeded, which first waits for
 * the element's box to stay put over two animation frames (see frames.ts for pages that get none).
 */
export async function expectLive(fig: Locator) {
	await fig.evaluate((el) => el.scrollIntoView({ block: 'nearest' }));
	await expect(fig).toHaveAttribute('data-state', 'live', { timeout: LIVE_TIMEOUT });
}

/**
 * Whether `el` is within a screen of the viewport as the page's figures judge it (an IntersectionObserver with their
 * rootMargin, NEAR_VIEWPORT). The answer comes from the first intersection update after the call, the same update
 * that tells the figures' own observers where the page is scrolled: once it returns, a figure knows whether it is near.
 * Without it, a change made right after a scroll can reach a figure that still believes the old position.
 */
export async function nearViewport(el: Locator): Promise<boolean> {
	return el.evaluate(
		(node, rootMargin) =>
			new Promise<boolean>((resolve) => {
				const io = new IntersectionObserver(
					(entries) => {
						io.disconnect();
						resolve(entries[entries.length - 1]!.isIntersecting);
					},
					{ rootMargin }
				);
				io.observe(node);
			}),
		NEAR_VIEWPORT
	);
}

/** Every figure of the page is live (and there is at least one). */
export async function expectAllLive(page: Page) {
	const ids = await figureIds(page);
	expect(ids.length, 'figures on the page').toBeGreaterThan(0);
	for (const id of ids) await expectLive(figure(page, id));
}

export async function gotoLive(page: Page, route: string) {
	await page.goto(route);
	await expectAllLive(page);
}

export const renders = async (fig: Locator) => Number(await fig.getAttribute('data-renders'));

/** The chart's markup without generated ids (Plot numbers its clip paths), so equal data gives equal text. */
export async function chartSignature(fig: Locator): Promise<string> {
	const html = await fig.locator('.chart').innerHTML();
	return html
		.replace(/\s(?:id|clip-path|mask)="[^"]*"/g, '')
		.replace(/url\(#[^)]*\)/g, 'url()')
		.replace(/href="#[^"]*"/g, 'href=""');
}

// ---- SQL panel --------------------------------------------------------------------------------------------

export async function openSql(fig: Locator) {
	const panel = fig.locator('details.sql-panel');
	if (!(await panel.evaluate((d) => (d as HTMLDetailsElement).open))) await panel.locator('summary').click();
}

/** The query as the read-only view shows it (before Edit). */
export async function shownSql(fig: Locator): Promise<string> {
	await openSql(fig);
	return (await fig.locator('.sql-panel pre.sql').textContent()) ?? '';
}

/** Open the editor (CodeMirror), select all and type `text` in its place. */
export async function replaceSql(page: Page, fig: Locator, text: string) {
	await openSql(fig);
	const edit = fig.getByRole('button', { name: 'Edit SQL' });
	if (await edit.isVisible()) await edit.click();
	const content = fig.locator('.editor .cm-content');
	await content.click();
	await page.keyboard.press('ControlOrMeta+A');
	await page.keyboard.press('Backspace');
	// Typed character by character a single line; pasted-like (no auto-indent, no auto-closed brackets) otherwise.
	if (text.includes('\n') || text.length > 40) await page.keyboard.insertText(text);
	else await page.keyboard.type(text);
	await expect.poll(() => editorText(fig), { message: 'editor holds the typed query' }).toBe(text);
}

export const editorText = (fig: Locator) =>
	fig.locator('.editor .cm-content .cm-line').evaluateAll((lines) => lines.map((l) => l.textContent ?? '').join('\n'));

export const runButton = (fig: Locator) => fig.locator('.sql-actions').getByRole('button', { name: 'Run', exact: true });
export const resetButton = (fig: Locator) => fig.locator('.sql-actions').getByRole('button', { name: 'Reset', exact: true });

// ---- controls ---------------------------------------------------------------------------------------------

/**
 * Other valid values for a control, most telling first: for a number, the middle of its range, then its far
 * end, then one step away; for a select, its other options; for a checkbox, the other state.
 */
export async function controlCandidates(page: Page, c: BuiltControl): Promise<string[]> {
	const el = control(page, c);
	if (c.kind === 'checkbox') return [String(!(await el.isChecked()))];
	const current = await el.inputValue();
	if (c.kind === 'select') {
		const options = await el.locator('option').evaluateAll((os) => os.map((o) => (o as HTMLOptionElement).value));
		return options.filter((o) => o !== current);
	}
	const attr = async (name: string) => {
		const v = await el.getAttribute(name);
		return v === null || v === 'any' || v === '' ? null : Number(v);
	};
	const [min, max, step] = [await attr('min'), await attr('max'), (await attr('step')) ?? 1];
	const now = Number(current);
	const snap = (v: number) => (min === null ? v : min + Math.round((v - min) / step) * step);
	const values = [now + step, now - step];
	if (min !== null && max !== null) values.unshift(snap((min + max) / 2), max - now > now - min ? max : min);
	const valid = values.filter((v) => v !== now && (min === null || v >= min) && (max === null || v <= max));
	return [...new Set(valid.map((v) => String(Number(v.toFixed(10)))))];
}

/** Set a control to `value` the way a reader does (the figure listens to `change`). */
export async function setControl(page: Page, c: BuiltControl, value: string) {
	const el = control(page, c);
	if (c.kind === 'checkbox') await el.setChecked(value === 'true');
	else if (c.kind === 'select') await el.selectOption(value);
	else {
		await el.fill(value);
		await el.press('Tab'); // commits: change fires on blur
	}
}

/** Set a control to another valid value; returns it as the URL holds it. */
export async function changeControl(page: Page, c: BuiltControl): Promise<string> {
	const [value] = await controlCandidates(page, c);
	if (value === undefined) throw new Error(`${c.id} has no other valid value`);
	await setControl(page, c, value);
	return value;
}

// ---- data out ---------------------------------------------------------------------------------------------

export async function downloadCsv(page: Page, fig: Locator): Promise<{ name: string; text: string }> {
	const [download] = await Promise.all([page.waitForEvent('download'), fig.getByRole('button', { name: 'Download CSV' }).click()]);
	const path = await download.path();
	return { name: download.suggestedFilename(), text: await readFile(path, 'utf8') };
}

export { parseCsv } from '../csv';

/** The figure's data table (opened): the row count its summary states, its column headers and its cells. */
export async function dataTable(fig: Locator): Promise<{ count: number; headers: string[]; cells: string[][] }> {
	const table = fig.locator('details.data-table');
	// The table is rendered when its disclosure opens.
	if (!(await table.evaluate((d) => (d as HTMLDetailsElement).open))) await table.locator('summary').click();
	await expect(table.locator('table'), 'the data table renders when opened').toBeVisible();
	const summary = (await table.locator('summary').textContent()) ?? '';
	const m = /Data table \(([\d,]+) rows?\)/.exec(summary);
	if (!m) throw new Error(`unexpected data table summary: ${summary}`);
	const headers = await table.locator('thead th').allTextContents();
	const cells = await table.locator('tbody tr').evaluateAll((trs) => trs.map((tr) => [...tr.querySelectorAll('td')].map((td) => td.textContent ?? '')));
	return { count: Number(m[1]!.replaceAll(',', '')), headers, cells };
}
