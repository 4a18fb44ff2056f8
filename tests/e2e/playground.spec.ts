// The playground's functions in a real browser: prerendered, run, cancel, completion (the datasets' tables from the
// build, the reader's live), the share link, history, the chart override, a large result that scrolls and downloads
// whole, the reader's files, and "Open in playground" from figures giving the figure's own rows.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { builtHtml, BUILD_DIR } from './site';
import { builtFigures } from './site';
import { changeControl, downloadCsv, expect, expectLive, figure, gotoLive, test } from './helpers';
import { cancelBtn, downloadResult, expectCompletion, gotoPlayground, queryAlert, root, run, runBtn, setQuery, status, upload } from './playground-helpers';

test('the prerendered page shows the initial query and every published table', () => {
	const html = builtHtml('playground/');
	expect(html).toContain('FROM orders');
	const manifest = JSON.parse(readFileSync(join(BUILD_DIR, 'data', 'manifest.json'), 'utf8')) as { tables: { name: string }[] };
	for (const t of manifest.tables) expect(html, t.name).toContain(`data-table="${t.name}"`);
	expect(html).toContain('never leave it');
});

test('run: the initial query gives a table and a chart; Ctrl+Enter runs too', async ({ page }) => {
	await gotoPlayground(page);
	await runBtn(page).click();
	await expect(status(page)).toContainText('12 rows in');
	await expect(page.locator('.result-table tbody tr:not(.spacer)')).toHaveCount(12);
	await expect(page.locator('.result-chart')).toHaveAttribute('data-chart', 'line');
	await expect(page.locator('.result-chart svg').first()).toBeVisible();
	await setQuery(page, 'SELECT category, count(*) AS n FROM orders GROUP BY category ORDER BY n DESC');
	await page.keyboard.press('ControlOrMeta+Enter');
	await expect(status(page)).toContainText('12 rows in');
	await expect(page.locator('.result-chart')).toHaveAttribute('data-chart', 'bar');
	// The reader overrides the chart.
	await page.getByLabel('Chart', { exact: true }).selectOption('scatter');
	await expect(page.locator('.result-chart')).toHaveAttribute('data-chart', 'scatter');
});

test('cancel stops a never-ending query, and the next one runs', async ({ page }) => {
	await gotoPlayground(page);
	await setQuery(page, 'WITH RECURSIVE r(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM r) SELECT count(*) FROM r');
	await runBtn(page).click();
	await expect(status(page)).toContainText('Running');
	await page.waitForTimeout(1000); // let it really run inside DuckDB
	await cancelBtn(page).click();
	await expect(queryAlert(page)).toContainText(/cancel/i, { timeout: 15_000 });
	await run(page, 'SELECT 7 AS n');
	await expect(queryAlert(page)).toHaveText('');
	await expect(page.locator('.result-table td').first()).toHaveText('7');
});

test('completion offers every dataset’s tables and columns, and the reader’s own once made', async ({ page }) => {
	await gotoPlayground(page);
	await run(page, 'CREATE TABLE my_things AS SELECT 1 AS zebra_stripes');
	await expect(queryAlert(page)).toHaveText('');
	await expect(page.locator('.schema [data-own] .name').first()).toHaveText('my_things');
	await setQuery(page, '');
	await expectCompletion(page, 'SELECT * FROM custo', 'customer_year');
	// Columns are offered after their table's name.
	await expectCompletion(page, ' WHERE my_things.zeb', 'zebra_stripes');
});

test('completion offers the datasets’ tables and columns before the engine answers (here: never, its wasm blocked)', async ({ page, context }) => {
	await context.route('**/*.wasm', (r) => r.abort());
	await page.goto('playground/');
	await expect(page.locator('.playground .editor .cm-content')).toBeVisible();
	await expect(root(page)).not.toHaveAttribute('data-ready', 'true');
	await setQuery(page, '');
	await expectCompletion(page, 'SELECT * FROM customer_y', 'customer_year');
	await expectCompletion(page, ' WHERE customer_year.recency_d', 'recency_days');
	await expect(root(page)).not.toHaveAttribute('data-ready', 'true');
});

test('the share link holds the query; history keeps what was run', async ({ page, context }) => {
	await gotoPlayground(page);
	const q = "SELECT 'a&b #1' AS label, 2 AS n -- shared";
	await run(page, q);
	expect(new URL(page.url()).searchParams.get('sql')).toBe(q);
	const shared = page.url();
	await run(page, 'SELECT 3 AS n');

	const other = await context.newPage();
	await gotoPlayground(other, new URL(shared).search);
	await expect(other.locator('.playground .editor .cm-content')).toContainText("SELECT 'a&b #1' AS label, 2 AS n -- shared");
	await run(other);
	await expect(other.locator('.result-table td').first()).toHaveText('a&b #1');
	// History (localStorage, shared by the two pages): newest first, once each, and a click puts one back.
	const past = other.locator('.history .past');
	await expect(past).toHaveText([q, 'SELECT 3 AS n']);
	await past.nth(1).click();
	await expect(other.locator('.playground .editor .cm-content')).toHaveText('SELECT 3 AS n');
});

test('a 150,000-row result scrolls with few rows in the page; more than the display cap downloads whole', async ({ page }) => {
	await gotoPlayground(page);
	await run(page, 'SELECT range AS i, range * 2 AS j FROM range(150000)');
	await expect(status(page)).toContainText('150,000 rows in');
	const box = page.locator('.result-table');
	expect(await box.locator('tbody tr:not(.spacer)').count()).toBeLessThan(100);
	await box.evaluate((el) => (el.scrollTop = el.scrollHeight));
	await expect(box.locator('tbody tr:not(.spacer)').last()).toContainText('149,999');
	await expect(page.locator('.table-range')).toContainText('of 150,000');

	await run(page, 'SELECT range AS i FROM range(250000)');
	await expect(status(page)).toContainText('More than 200,000 rows');
	const csv = await downloadResult(page);
	const lines = csv.trimEnd().split('\r\n');
	expect(lines).toHaveLength(250_001);
	expect(lines[0]).toBe('i');
	expect(lines.at(-1)).toBe('249999');
});

test('the reader’s CSV and Parquet files become tables to query', async ({ page }) => {
	await gotoPlayground(page);
	await upload(page, 'My Orders.csv', Buffer.from('customer,day,category,amount\nc1,2015-01-02,food,12.5\nc1,2015-02-01,books,30\nc2,2015-01-05,food,8\n'));
	await expect(page.locator('.upload [role=status]').last()).toContainText('My Orders.csv is now the table my_orders (3 rows)');
	await run(page, 'SELECT customer, sum(amount) AS total FROM my_orders GROUP BY customer ORDER BY customer');
	await expect(page.locator('.result-table tbody tr:not(.spacer)')).toHaveText([/c1\s*42.5/, /c2\s*8/]);
	// The site's own Parquet download (ZSTD), read by hyparquet: same rows as the published table.
	await upload(page, 'categories.parquet', readFileSync(join(BUILD_DIR, 'data', 'categories.parquet')));
	await expect(page.locator('.upload [role=status]').last()).toContainText('is now the table my_categories (12 rows');
	await run(page, 'SELECT count(*) AS same FROM my_categories m JOIN categories c USING (code) WHERE m.name_en = c.name_en AND m.median_cny = c.median_cny');
	await expect(page.locator('.result-table td').first()).toHaveText('12');
});

/** A figure's CSV equals the playground's for the script the figure hands over. */
async function expectHandover(page: import('@playwright/test').Page, id: string) {
	const fig = figure(page, id);
	await expectLive(fig);
	const expected = (await downloadCsv(page, fig)).text;
	await fig.getByRole('link', { name: 'Open in playground' }).click();
	await expect(root(page)).toHaveAttribute('data-ready', 'true', { timeout: 30_000 });
	await run(page);
	await expect(queryAlert(page)).toHaveText('');
	expect(await downloadResult(page), `${id}: the playground gives the figure's rows`).toBe(expected);
}

test('Open in playground: a figure with a changed control gives the same rows', async ({ page }) => {
	const fig = builtFigures('growth/').find((f) => f.controls.length)!;
	await gotoLive(page, 'growth/');
	await changeControl(page, fig.controls[0]!);
	await expectLive(figure(page, fig.id));
	await expectHandover(page, fig.id);
});

test('Open in playground: a figure that reads steps gives the same rows', async ({ page }) => {
	const fig = builtFigures('associations/').at(-1)!;
	await gotoLive(page, 'associations/');
	await expectHandover(page, fig.id);
});

test('the study on the reader’s data: a mapping, then the chapters’ figures computed on it', async ({ page }) => {
	test.setTimeout(180_000);
	// A reader's export: purchases with a text customer key, and two product flags written as yes/no and 1/0.
	const orders = readFileSync(join(BUILD_DIR, 'data', 'orders.csv'), 'utf8').trim().split(/\r?\n/).slice(1, 20_001);
	const lines = orders.map((l) => {
		const [, customer, date, category, amount] = l.split(',');
		const id = Number(customer);
		return [`cust-${customer}`, date, category, amount, id % 3 === 0 ? 'yes' : 'no', id % 5 === 0 ? 1 : 0].join(',');
	});
	const customers = new Set(lines.map((l) => l.split(',')[0])).size;
	await gotoPlayground(page);
	await upload(page, 'purchases.csv', Buffer.from(['client,day,category,amount,has_card,wealth', ...lines].join('\n') + '\n'));
	const study = page.locator('.study');
	await expect(study.getByLabel('Customer id')).toHaveValue('client');
	await expect(study.getByLabel('Date')).toHaveValue('day');
	await expect(study.getByLabel('Amount')).toHaveValue('amount');
	await study.locator('summary').click();
	await study.getByLabel('credit_card').selectOption('has_card');
	await study.getByLabel('wealth_mgmt').selectOption('wealth');
	await study.getByRole('button', { name: 'Make the study tables' }).click();
	await expect(study.locator('.made')).toContainText(`20,000 purchases of ${customers.toLocaleString('en')} customers`, { timeout: 60_000 });
	// The reader's queries read the study's tables now.
	await run(page, 'SELECT count(*) AS n, sum(credit_card) > 0 AS cards FROM holdings');
	await expect(page.locator('.result-table tbody tr:not(.spacer)').first()).toContainText(customers.toLocaleString('en'));
	for (const chapter of ['Who the customers are', 'Who could become a bank customer']) {
		await study.getByRole('button', { name: `Run “${chapter}”` }).click();
		await expect(study).toHaveAttribute('data-phase', 'made', { timeout: 120_000 });
		const figures = study.locator('.study-figure');
		expect(await figures.count()).toBeGreaterThan(5);
		for (const f of await figures.all()) {
			await expect(f, (await f.getAttribute('data-study-figure')) ?? '').toHaveAttribute('data-state', 'live');
			await expect(f.locator('.chart svg').first()).toBeVisible();
		}
	}
	// Back to the published data: the study's tables go, the reader's own table stays.
	await study.getByRole('button', { name: 'Back to the published data' }).click();
	await run(page, 'SELECT (SELECT count(*) FROM orders) AS published, (SELECT count(*) FROM purchases) AS mine');
	await expect(page.locator('.result-table tbody tr:not(.spacer)').first()).toHaveText(/679,547\s*20,000/);
});

test('the dataset switch: the playground queries a dataset generated in the browser, and the reader’s table stays', async ({ page }) => {
	test.setTimeout(180_000);
	await gotoPlayground(page);
	await upload(page, 'mine.csv', Buffer.from('a,b\n1,x\n2,y\n'));
	const sw = page.locator('.dataset-switch');
	await sw.getByLabel('Customers').selectOption('20000');
	await sw.getByRole('button', { name: 'Generate in this browser' }).click();
	await expect(sw).toHaveAttribute('data-phase', 'done', { timeout: 120_000 });
	await run(page, 'SELECT (SELECT count(*) FROM customers) AS customers, (SELECT count(*) FROM mine) AS mine');
	await expect(queryAlert(page)).toHaveText('');
	await expect(page.locator('.result-table tbody tr:not(.spacer)').first()).toHaveText(/20,000\s*2/);
	await expect(page.locator('.schema [data-own] .name').first()).toHaveText('mine');
	// The generated dataset is read-only too.
	await run(page, 'DELETE FROM orders');
	await expect(queryAlert(page)).toContainText(/read-only/);
});
