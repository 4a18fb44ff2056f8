// The SWOT chapter beyond the generic figure contract: the factor weights and ratings are edited on the page, a side
// whose weights do not add up to 1 is refused with the last position kept, the equal-weights preset is a link, and
// the browser's results equal Node DuckDB's.
import type { Page } from '@playwright/test';
import { chartSignature, dataTable, downloadCsv, expect, expectLive, figure, gotoLive, parseCsv, renders, replaceSql, resetButton, runButton, shownSql, test } from './helpers';
import { expectFiguresAsInNode } from './same-as-node';

const route = 'swot/';
const step = (page: Page) => page.locator('section[data-step="factors"]');
const input = (page: Page, name: string) => page.locator(`[id="factors--${name}"]`);
async function set(page: Page, name: string, value: string) {
	await input(page, name).fill(value);
	await input(page, name).press('Tab');
}
async function position(page: Page): Promise<Record<string, string>> {
	const [h, r] = parseCsv((await downloadCsv(page, figure(page, 'swot-position'))).text);
	return Object.fromEntries(h!.map((k, i) => [k, r![i]!]));
}

test('the sources of every factor are listed under the factor figure', async ({ page }) => {
	await page.goto(route);
	const links = figure(page, 'factor-scores').locator('.sources a[href^="http"]');
	expect(await links.count()).toBeGreaterThanOrEqual(15);
	await expect(page.locator('.lede')).toContainText('our judgement');
});

test('the factors step lists the sources of its whole table (with its data table open, and after a reader edits its query) and counts its columns', async ({ page }) => {
	await gotoLive(page, route);
	const panel = step(page);
	await expectLive(panel);
	const links = () => panel.locator('.sources a[href^="http"]').evaluateAll((as) => as.map((a) => a.getAttribute('href')!));
	// Every factor's source, in the order of the factors: what the step's whole table (its CSV) cites.
	const [header, ...rows] = parseCsv((await downloadCsv(page, panel)).text);
	const col = (name: string) => header!.indexOf(name);
	const citedBy = (keep: (r: string[]) => boolean) => [...new Set(rows.filter(keep).map((r) => r[col('source_url')]!))];
	expect(rows.length, 'more factors than the data table previews').toBeGreaterThan(20);
	const all = citedBy(() => true);
	expect(await links()).toEqual(all);
	// The data table previews the first 20 rows; the source line still names every source.
	const table = await dataTable(panel);
	expect(table.cells.length).toBeLessThan(rows.length);
	expect(await links()).toEqual(all);
	await panel.locator('details.data-table summary').click(); // closed again: the edits below do not fetch its rows
	// A reader's query that keeps the strengths: the line names their sources only.
	const sql = (await shownSql(panel)).trim();
	await replaceSql(page, panel, `SELECT * FROM (\n${sql}\n) WHERE quadrant = 'S'`);
	await runButton(panel).click();
	const strengths = citedBy((r) => r[col('quadrant')] === 'S');
	expect(strengths.length).toBeLessThan(all.length);
	await expect.poll(links).toEqual(strengths);
	// A query without source columns says so; Reset brings the author's sources back.
	await replaceSql(page, panel, `SELECT factor_id, quadrant, weight, rating, score, label_en, label_zh, evidence FROM (\n${sql}\n)`);
	await runButton(panel).click();
	await expect(panel.locator('.sources')).toContainText('has no source_url column');
	// … and the line above it counts the edited table's columns, not the author's.
	await expect(panel.locator('.step-result')).toContainText(`${rows.length} rows, 8 columns`);
	await resetButton(panel).click();
	await expect.poll(links).toEqual(all);
	await expect(panel.locator('.step-result')).toContainText(`${rows.length} rows, ${header!.length} columns`);
});

test('one weight alone is refused next to the controls and the position stays; the pair runs', async ({ page }) => {
	await gotoLive(page, route);
	const pos = figure(page, 'swot-position');
	await expectLive(pos);
	const before = { renders: await renders(pos), chart: await chartSignature(pos) };
	expect((await position(page)).strategy).toBe('SO aggressive');
	await set(page, 'w_W1', '0.3');
	await expect(step(page).locator('.check-msg')).toContainText('The weights of strengths and weaknesses must add up to 1.');
	await expect(input(page, 'w_W1')).toHaveAttribute('aria-invalid', 'true');
	await page.waitForTimeout(400);
	expect(await renders(pos)).toBe(before.renders);
	// take the 0.16 from S1 (0.12 → 0) and S2 (0.10 → 0.06): weaknesses now outweigh strengths
	await set(page, 'w_S1', '0');
	await set(page, 'w_S2', '0.06');
	await expect(step(page).locator('.check-msg')).toHaveCount(0);
	await pos.scrollIntoViewIfNeeded();
	await expect.poll(() => renders(pos)).toBeGreaterThan(before.renders);
	expect((await position(page)).strategy).toBe('WO turnaround');
	expect(await chartSignature(pos)).not.toBe(before.chart);
});

test('a rating outside 1-5 is refused at the control', async ({ page }) => {
	await gotoLive(page, route);
	await set(page, 'r_T1', '6');
	await expect(step(page).locator('.controls')).toContainText('at most 5');
	await set(page, 'r_T1', '0');
	await expect(step(page).locator('.controls')).toContainText('at least 1');
});

test('the equal-weights preset gives every factor of a side the same weight', async ({ page }) => {
	await page.goto(route);
	await page.getByRole('link', { name: 'equal weights' }).click();
	await expect(step(page)).toHaveAttribute('data-state', 'live', { timeout: 30_000 });
	await expect(input(page, 'w_S1')).toHaveValue(String(1 / 11));
	await expect(input(page, 'w_T6')).toHaveValue(String(1 / 12));
	const pos = figure(page, 'swot-position');
	await pos.scrollIntoViewIfNeeded();
	await expectLive(pos);
	await expect(pos.locator('.follows')).toContainText('0.0909');
});

test('every figure computed in the browser equals Node DuckDB on the same database file', async ({ page }) => {
	await expectFiguresAsInNode(page, route, 'swot.md', 'reference');
});
