// The SWOT chapter beyond the generic figure contract: the factor weights and ratings are edited on the page, a side
// whose weights do not add up to 1 is refused with the last position kept, the equal-weights preset is a link, and
// the browser's results equal Node DuckDB's.
import type { Page } from '@playwright/test';
import { chartSignature, downloadCsv, expect, expectLive, figure, gotoLive, parseCsv, renders, test } from './helpers';
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
