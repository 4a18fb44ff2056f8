// The association chapter beyond the generic figure contract (figures.spec.ts): the synthetic-data label, the
// chain of steps (a threshold change remakes itemsets → rules → prospects and the figures that read them), bad
// thresholds refused while the last results stay, the null model, a group's prospect list as CSV, and the browser's
// results equal to Node DuckDB's on the same file.
import type { Page } from '@playwright/test';
import { downloadCsv, expect, expectLive, figure, gotoLive, parseCsv, renders, replaceSql, runButton, test } from './helpers';
import { expectFiguresAsInNode } from './same-as-node';

const route = 'associations/';
const step = (page: Page, id: string) => page.locator(`section[data-step="${id}"]`);
const input = (page: Page, id: string) => page.locator(`[id="${id}"]`);

async function set(page: Page, id: string, value: string) {
	const el = input(page, id);
	await el.scrollIntoViewIfNeeded();
	if ((await el.evaluate((e) => e.tagName)) === 'SELECT') await el.selectOption(value);
	else {
		await el.fill(value);
		await el.press('Tab');
	}
}

async function csvRows(page: Page, id: string): Promise<Record<string, string>[]> {
	const fig = figure(page, id);
	await fig.scrollIntoViewIfNeeded();
	await expectLive(fig);
	const [header, ...rows] = parseCsv((await downloadCsv(page, fig)).text);
	return rows.map((r) => Object.fromEntries(header!.map((h, i) => [h, r[i]!])));
}

test('the page says near the top that its data is synthetic, and every figure says so', async ({ page }) => {
	await page.goto(route);
	const notice = page.locator('.synthetic-notice');
	await expect(notice).toContainText('Synthetic data.');
	expect((await notice.boundingBox())!.y, 'the notice is on the first screen').toBeLessThan(900);
	for (const fig of await page.locator('figure[data-figure]').all()) await expect(fig.locator('.sources')).toContainText('synthetic data');
});

test('a minimum support change remakes itemsets, rules and prospects, and the groups follow', async ({ page }) => {
	await gotoLive(page, route);
	const groups = await csvRows(page, 'groups');
	expect(groups.map((g) => g.group).sort()).toEqual(['consumer_loan', 'credit_card', 'wealth_mgmt']);
	const wealth = groups.find((g) => g.group === 'wealth_mgmt')!;
	expect(wealth.top_rule).toBe('cat:precious_metals + seg:deposit_high');

	const panel = step(page, 'itemsets');
	const before = await renders(panel);
	const groupsFig = figure(page, 'groups');
	const groupsBefore = await renders(groupsFig);
	// At 1 % the planted wealth-management antecedent (0.9 % of customers) is no longer frequent: its rule is gone.
	await set(page, 'itemsets--min_support', '0.01');
	await expect.poll(() => renders(panel)).toBeGreaterThan(before);
	await groupsFig.scrollIntoViewIfNeeded();
	await expect.poll(() => renders(groupsFig)).toBeGreaterThan(groupsBefore);
	const after = await csvRows(page, 'groups');
	expect(after.find((g) => g.group === 'wealth_mgmt')?.top_rule).not.toBe('cat:precious_metals + seg:deposit_high');
});

test('thresholds outside (0, 1] are refused next to the control; the last results stay', async ({ page }) => {
	await gotoLive(page, route);
	const panel = step(page, 'rules');
	await panel.scrollIntoViewIfNeeded();
	await expectLive(panel);
	const top = figure(page, 'top-rules');
	const n = await renders(top);
	for (const [param, bad] of [['min_confidence', '0'], ['min_confidence', '1.5'], ['min_lift', '-1']] as const) {
		await set(page, `rules--${param}`, bad);
		await expect(panel.locator('.controls')).toContainText(/at least|at most/);
	}
	await page.waitForTimeout(500);
	expect(await renders(top), 'no recompute from a refused value').toBe(n);
	const itemsets = step(page, 'itemsets');
	await set(page, 'itemsets--min_support', '0');
	await expect(itemsets.locator('.controls')).toContainText('at least 0.001');
});

test('in the null model the same search finds no group', async ({ page }) => {
	await gotoLive(page, route);
	await set(page, 'baskets--model', 'null');
	const top = figure(page, 'top-rule-per-product');
	await top.scrollIntoViewIfNeeded();
	await expect.poll(async () => (await csvRows(page, 'top-rule-per-product')).length, { timeout: 60_000 }).toBe(0);
	// the groups figure is further down: it recomputes when the reader comes near it (until then it is stale)
	await figure(page, 'groups').scrollIntoViewIfNeeded();
	await expect.poll(() => csvRows(page, 'groups'), { timeout: 60_000 }).toEqual([]);
	// The side-by-side figure does not depend on the switch: both models, planted lifts ≥ 1.5, null ones below.
	const nul = await csvRows(page, 'null-model');
	for (const p of ['consumer_loan', 'wealth_mgmt', 'credit_card']) {
		expect(Number(nul.find((r) => r.product === p && r.model === 'As generated')!.lift)).toBeGreaterThanOrEqual(1.5);
		expect(Number(nul.find((r) => r.product === p && r.model === 'Null model')!.lift)).toBeLessThan(1.5);
	}
});

test('a group’s prospect list downloads whole, as many rows as the group has prospects', async ({ page }) => {
	await gotoLive(page, route);
	const groups = await csvRows(page, 'groups');
	await set(page, 'prospect-list--product', 'credit_card');
	const fig = figure(page, 'prospect-list');
	await expect.poll(async () => (await csvRows(page, 'prospect-list')).length, { timeout: 30_000 }).toBe(Number(groups.find((g) => g.group === 'credit_card')!.prospects));
	await expect(fig.locator('svg').first()).toBeVisible();
});

test('every figure computed in the browser equals Node DuckDB on the same database file', async ({ page }) => {
	test.setTimeout(240_000);
	await expectFiguresAsInNode(page, route, 'associations.md', 'customers');
});

test('the rules table sorts by any measure (click a header; again to reverse)', async ({ page }) => {
	await gotoLive(page, route);
	const fig = figure(page, 'top-rules');
	await fig.scrollIntoViewIfNeeded();
	await expectLive(fig);
	await fig.locator('details.data-table summary').click();
	const header = fig.locator('details.data-table th', { hasText: /^\s*support(\s*[▲▼])?\s*$/ }).first();
	const column = async () => {
		const i = await fig.locator('details.data-table th').evaluateAll((ths) => ths.findIndex((th) => th.textContent!.trim().startsWith('support')));
		return fig.locator(`details.data-table tbody tr td:nth-child(${i + 1})`).allTextContents();
	};
	const numbers = async () => (await column()).map((t) => Number(t.replace(/,/g, '')));
	await header.getByRole('button').click();
	await expect(header).toHaveAttribute('aria-sort', 'ascending');
	const up = await numbers();
	expect(up).toEqual([...up].sort((a, b) => a - b));
	await header.getByRole('button').click();
	await expect(header).toHaveAttribute('aria-sort', 'descending');
	const down = await numbers();
	expect(down).toEqual([...down].sort((a, b) => b - a));
	expect(new Set(down).size).toBeGreaterThan(1);
});

test('an edited query that returns ENUM columns shows their labels (DuckDB-WASM streams them without)', async ({ page }) => {
	await gotoLive(page, route);
	const fig = figure(page, 'item-support');
	await fig.scrollIntoViewIfNeeded();
	await expectLive(fig);
	const n = await renders(fig);
	await replaceSql(page, fig, 'SELECT customer_id, age_band, region, category FROM customers JOIN orders USING (customer_id) ORDER BY order_id LIMIT 5');
	await runButton(fig).click();
	await expect.poll(() => renders(fig)).toBeGreaterThan(n);
	const [header, ...rows] = parseCsv((await downloadCsv(page, fig)).text);
	expect(header).toEqual(['customer_id', 'age_band', 'region', 'category']);
	expect(rows).toHaveLength(5);
	for (const r of rows) for (const cell of r.slice(1)) expect(cell, r.join(',')).not.toBe('');
	expect(rows.map((r) => r[1])).toEqual(expect.arrayContaining([expect.stringMatching(/^(18-24|25-34|35-44|45-54|55\+)$/)]));
});
