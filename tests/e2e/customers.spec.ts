// The customer chapter beyond the generic figure contract (figures.spec.ts): the synthetic-data label, the
// grading settings shared by the level figures, the checks that refuse bad band edges and weights while the last
// valid figures stay, the quantile contrast, and the browser's results equal to Node DuckDB's on the same file.
import type { Locator, Page } from '@playwright/test';
import { chartSignature, downloadCsv, expect, expectLive, figure, gotoLive, nearViewport, parseCsv, renders, test } from './helpers';
import { expectFiguresAsInNode } from './same-as-node';

const route = 'customers/';
// The grading is a page step: its panel (section[data-step=levels]) holds the controls, and the level figures read
// the table it makes.
const STEP = 'levels';
const GRID = 'level-grid';
const FOLLOWERS = ['level-grid', 'level-shares', 'level-activity', 'level-tgi', 'top-categories'];
const input = (page: Page, param: string) => page.locator(`[id="${STEP}--${param}"]`);
const step = (page: Page) => page.locator(`section[data-step="${STEP}"]`);

async function set(page: Page, param: string, value: string) {
	const el = input(page, param);
	if ((await el.evaluate((e) => e.tagName)) === 'SELECT') await el.selectOption(value);
	else {
		await el.fill(value);
		await el.press('Tab');
	}
}

const state = async (fig: Locator) => ({ renders: await renders(fig), chart: await chartSignature(fig) });

test('the page says near the top that its data is synthetic, and every figure says so', async ({ page }) => {
	await page.goto(route);
	const notice = page.locator('.synthetic-notice');
	await expect(notice).toContainText('Synthetic data.');
	const top = await notice.boundingBox();
	expect(top!.y, 'the notice is on the first screen').toBeLessThan(900);
	for (const fig of await page.locator('figure[data-figure]').all())
		await expect(fig.locator('.sources')).toContainText('synthetic data');
});

test('a band edge set on the grading step recomputes every level figure, and they say which step they read', async ({ page }) => {
	await gotoLive(page, route);
	await expect(step(page)).toHaveAttribute('data-state', 'live');
	const figs = FOLLOWERS.map((id) => figure(page, id));
	for (const f of figs) await expect(f.locator('.follows a')).toHaveAttribute('href', `#${STEP}`);
	for (const f of figs) await expect(f.locator('.controls [id$="--f2"]'), 'the band controls are on the step only').toHaveCount(0);
	const before = await Promise.all(figs.map(state));
	const panel = step(page);
	const stepBefore = await renders(panel);
	// Back at the step (the walk above ended at the page's foot): the figure far below must know it is far before
	// the change reaches it, or it recomputes at once like a figure on screen.
	await input(page, 'm5').evaluate((el) => el.scrollIntoView({ block: 'center' }));
	expect(await nearViewport(figure(page, FOLLOWERS.at(-1)!)), 'the last level figure is more than a screen below the step').toBe(false);
	await set(page, 'm5', '2000');
	await expect.poll(() => renders(panel)).toBeGreaterThan(stepBefore);
	// Figures within a screen recompute at once; the others are marked stale and recompute when the reader nears them.
	await expect(figure(page, FOLLOWERS.at(-1)!), 'a figure far below waits').toHaveAttribute('data-stale', 'true');
	for (const [i, f] of figs.entries()) {
		await f.scrollIntoViewIfNeeded();
		await expect.poll(() => renders(f), { message: `${FOLLOWERS[i]} recomputed` }).toBeGreaterThan(before[i]!.renders);
		await expect(f).not.toHaveAttribute('data-stale', 'true');
		await expect(f).toHaveAttribute('data-state', 'live');
		await expect(f.locator('.follows')).toContainText('band 5 from 2000');
	}
	// More customers reach spend band 5: level 5's share of customers grows.
	const shares = parseCsv((await downloadCsv(page, figure(page, 'level-shares'))).text);
	const header = shares[0]!;
	const l5 = shares.find((r) => r[header.indexOf('level')] === '5' && r[header.indexOf('measure')] === 'Customers');
	expect(Number(l5![header.indexOf('share_pct')])).toBeGreaterThan(2.4);
});

test('band edges out of order are refused next to the controls; the last valid figures stay; fixing them runs', async ({ page }) => {
	await gotoLive(page, route);
	const grid = figure(page, GRID);
	const shares = figure(page, 'level-shares');
	const panel = step(page);
	const [g0, s0] = [await state(grid), await state(shares)];
	await set(page, 'f3', '10'); // above band 4 (7)
	const msg = panel.locator('.controls .check-msg[role=status]');
	await expect(msg).toContainText('The order bands must increase');
	await expect(input(page, 'f3')).toHaveAttribute('aria-invalid', 'true');
	await expect(input(page, 'f4')).toHaveAttribute('aria-invalid', 'true');
	await page.waitForTimeout(500);
	expect(await state(grid), 'the grid keeps its last valid chart').toEqual(g0);
	expect(await state(shares), 'the figures that follow it too').toEqual(s0);
	// The step's SQL panel still shows the values the table was made with.
	await panel.locator('details.sql-panel summary').click();
	await expect(panel.locator('.sql-panel .params')).toContainText('$f3 = 4');

	await set(page, 'f4', '12'); // both edges as the reader left them: 2 < 10 < 12 < 13
	await expect(msg).toHaveCount(0);
	await grid.scrollIntoViewIfNeeded();
	await expect.poll(() => renders(grid)).toBeGreaterThan(g0.renders);
	await shares.scrollIntoViewIfNeeded();
	await expect.poll(() => renders(shares)).toBeGreaterThan(s0.renders);
	await expect(shares.locator('.follows')).toContainText('band 3 from 10, band 4 from 12');
	await expect.poll(() => grid.locator('.chart').textContent()).toContain('10-11');
});

test('weights must add up to 1: one weight alone is refused, the pair runs', async ({ page }) => {
	await gotoLive(page, route);
	const grid = figure(page, GRID);
	const panel = step(page);
	const g0 = await state(grid);
	await set(page, 'wf', '0.5');
	await expect(panel.locator('.check-msg')).toContainText('The two weights must add up to 1.');
	await page.waitForTimeout(300);
	expect(await renders(grid)).toBe(g0.renders);
	await set(page, 'wm', '0.5');
	await expect(panel.locator('.check-msg')).toHaveCount(0);
	await grid.scrollIntoViewIfNeeded();
	await expect.poll(() => renders(grid)).toBeGreaterThan(g0.renders);
	expect(await chartSignature(grid), 'equal weights colour the grid differently').not.toBe(g0.chart);
});

test('quintiles put exactly 20 % of customers in every level', async ({ page }) => {
	await gotoLive(page, route);
	const fig = figure(page, 'level-shares');
	const n = await renders(fig);
	await fig.locator('[id="level-shares--method"]').selectOption('quantile');
	await expect.poll(() => renders(fig)).toBeGreaterThan(n);
	const rows = parseCsv((await downloadCsv(page, fig)).text);
	const h = rows[0]!;
	const customers = rows.slice(1).filter((r) => r[h.indexOf('measure')] === 'Customers').map((r) => r[h.indexOf('share_pct')]);
	expect(customers).toEqual(['20', '20', '20', '20', '20']);
});

test('a link whose band edges fail the check is ignored with a message, and the step uses the defaults', async ({ page }) => {
	await page.goto(`${route}?${STEP}.f2=9&${STEP}.f3=5#${STEP}`);
	const panel = step(page);
	await panel.scrollIntoViewIfNeeded();
	await expect(panel).toHaveAttribute('data-state', 'live', { timeout: 30_000 });
	await expect(panel.locator('.link-notice[role=status]')).toContainText('Ignored from the link');
	await expect(input(page, 'f2')).toHaveValue('2');
	await expect(input(page, 'f3')).toHaveValue('4');
});

test('every figure computed in the browser equals Node DuckDB on the same database file', async ({ page }) => {
	await expectFiguresAsInNode(page, route, 'customers.md', 'customers');
});
