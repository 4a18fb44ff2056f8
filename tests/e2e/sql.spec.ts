// The SQL panel: errors in place (DuckDB's own message), the chart kept, Reset, and an engine that recovers
// after an error or a cancelled query. Uses the chapter's first figure; the others must not be affected.
import type { Locator, Page } from '@playwright/test';
import { alertOf, expect, expectLive, figure, figureIds, gotoLive, renders, replaceSql, resetButton, runButton, shownSql, test } from './helpers';
import { builtFigures, FIGURE_ROUTES } from './site';

const route = FIGURE_ROUTES[0]!;
const first = builtFigures(route)[0]?.id ?? '(no figure)';
const NEVER_ENDING = 'WITH RECURSIVE r(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM r) SELECT count(*) FROM r';

test(`broken SQL shows DuckDB's error in place, keeps the chart, and Reset recovers (${first})`, async ({ page }) => {
	await gotoLive(page, route);
	const fig = figure(page, first);
	await replaceSql(page, fig, 'SELEC 1');
	await runButton(fig).click();
	await expect(fig).toHaveAttribute('data-state', 'error');
	await expect(alertOf(fig)).toContainText('Parser Error: syntax error'); // DuckDB's words, not its JSON wrapper
	await expect(alertOf(fig)).not.toContainText('exception_type');
	await expect(fig.locator('.chart svg').first(), 'the chart stays').toBeVisible();
	for (const other of (await figureIds(page)).filter((id) => id !== first))
		await expect(figure(page, other), `${other} is not affected`).toHaveAttribute('data-state', 'live');

	await resetButton(fig).click();
	await expectLive(fig);
	await expect(alertOf(fig)).toHaveText('');
});

/** Running the author's query again redraws the figure and clears the error: the engine was not poisoned. */
async function expectRecovers(page: Page, fig: Locator, original: string) {
	const n = await renders(fig);
	await replaceSql(page, fig, original);
	await runButton(fig).click();
	await expectLive(fig);
	expect(await renders(fig)).toBeGreaterThan(n);
	await expect(alertOf(fig)).toHaveText('');
}

test(`after a SQL error the next valid query runs (${first})`, async ({ page }) => {
	await gotoLive(page, route);
	const fig = figure(page, first);
	const original = await shownSql(fig);
	await replaceSql(page, fig, 'SELEC 1');
	await runButton(fig).click();
	await expect(fig).toHaveAttribute('data-state', 'error');

	await expectRecovers(page, fig, original);
});

test(`after cancelling a never-ending query the next valid query runs (${first})`, async ({ page }) => {
	await gotoLive(page, route);
	const fig = figure(page, first);
	const original = await shownSql(fig);
	await replaceSql(page, fig, NEVER_ENDING);
	await runButton(fig).click();
	const cancel = fig.locator('.running').getByRole('button', { name: 'Cancel' });
	await expect(cancel).toBeVisible();
	await page.waitForTimeout(1000); // let the query really run inside DuckDB before cancelling it
	await expect(cancel, 'the query is still running').toBeVisible();
	await cancel.click();
	await expect(alertOf(fig)).toContainText(/cancel/i, { timeout: 15_000 });
	await expect(fig).toHaveAttribute('data-state', 'error');
	await expect(cancel).toBeHidden();

	await expectRecovers(page, fig, original);
});

test(`an edited query cannot fetch from another origin (${first})`, async ({ page, watch }) => {
	await gotoLive(page, route);
	const fig = figure(page, first);
	await replaceSql(page, fig, "SELECT * FROM read_csv('https://example.com/data.csv')");
	await runButton(fig).click();
	await expect(fig).toHaveAttribute('data-state', 'error');
	await expect(alertOf(fig)).not.toHaveText('');
	expect(watch.requests.filter((u) => u.includes('example.com'))).toEqual([]);
});

test('an edited query that returns 200,000 rows draws the first 5,000 and says so; the table counts them all', async ({ page }) => {
	await gotoLive(page, 'conclusions/');
	const fig = figure(page, 'bank-malls');
	const n = await renders(fig);
	// as bars: without the cap, a chart 4.8 million pixels tall (or "Maximum call stack size exceeded")
	await replaceSql(page, fig, "SELECT 'mall ' || i AS mall, (i % 97) / 10 AS years FROM range(200000) t(i)");
	await runButton(fig).click();
	await expect.poll(() => renders(fig), { timeout: 60_000 }).toBeGreaterThan(n);
	await expect(fig).toHaveAttribute('data-state', 'live');
	await expect(alertOf(fig)).toHaveText('');
	await expect(fig.locator('.chart-cap')).toHaveText('The chart draws the first 5,000 of 200,000 rows; the data table counts them all and Download CSV has them all.');
	expect(await fig.locator('.chart svg rect').count()).toBe(5000);
	await expect(fig.locator('.chart')).toHaveAttribute('aria-label', /first 5,000 of 200,000 rows/);
	await expect(fig.getByText('Data table (200,000 rows)')).toBeVisible();
	// and back: the author's query draws without the note
	await resetButton(fig).click();
	await expect(fig.locator('.chart-cap')).toHaveCount(0);
});
