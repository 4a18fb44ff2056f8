// Cell values, series names and SQL errors are text, never markup: HTML fed through a query's data and through an
// error message is shown literally and runs nothing. (CSP violations fail every test: see helpers.ts.)
import { alertOf, dataTable, expect, expectLive, figure, gotoLive, replaceSql, runButton, test } from './helpers';

const route = 'growth/';
const PAYLOAD = '<img src=x onerror="window.__xss=1"><script>window.__xss=2</script>';

test('HTML in data is shown as text in the chart and the data table, and runs nothing', async ({ page }) => {
	await gotoLive(page, route);
	const fig = figure(page, 'online-retail');
	const sql = `SELECT 2014 AS year, 1.5 AS value, '${PAYLOAD.replaceAll("'", "''")}' AS series UNION ALL SELECT 2015, 2.5, '${PAYLOAD.replaceAll("'", "''")}'`;
	await replaceSql(page, fig, sql);
	await runButton(fig).click();
	await expectLive(fig);
	const t = await dataTable(fig);
	expect(t.cells[0]![t.headers.indexOf('series')]).toBe(PAYLOAD);
	await expect(fig.locator('.chart')).toContainText('<img src=x'); // the series name, as text
	expect(await fig.locator('img, .chart script').count()).toBe(0);
	expect(await page.evaluate(() => (window as Window & { __xss?: number }).__xss)).toBeUndefined();
});

test('HTML in an error message is shown as text and runs nothing', async ({ page }) => {
	await gotoLive(page, route);
	const fig = figure(page, 'online-retail');
	await replaceSql(page, fig, `SELECT * FROM "${PAYLOAD.replaceAll('"', '""')}"`);
	await runButton(fig).click();
	await expect(fig).toHaveAttribute('data-state', 'error');
	await expect(alertOf(fig)).toContainText('<img src=x onerror=');
	expect(await alertOf(fig).locator('img, script').count()).toBe(0);
	expect(await page.evaluate(() => (window as Window & { __xss?: number }).__xss)).toBeUndefined();
});

test('the CSP blocks an injected inline script, and the watch that fails every test sees it', async ({ page, watch }) => {
	await page.goto(route);
	await page.evaluate(() => {
		const s = document.createElement('script');
		s.textContent = 'window.__xss = 3';
		document.body.append(s);
	});
	await expect.poll(() => watch.csp.length).toBeGreaterThan(0);
	expect(watch.csp.join('\n')).toMatch(/script-src/);
	expect(await page.evaluate(() => (window as Window & { __xss?: number }).__xss)).toBeUndefined();
	watch.csp.length = 0; // seen and expected: the fixture's check after the test is for the others
});
