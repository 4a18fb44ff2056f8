// The synthetic dataset generated in the browser (DatasetSwitch): at 100k customers it gives exactly the published
// figures (the generator is deterministic and the in-browser tables equal the published file); a 1M stress run
// shows its progress and can be cancelled, leaving the published figures working; the generated tables are as
// read-only for a reader as the published file; /data/ generates on its own engine and reports row counts.
import type { Locator, Page } from '@playwright/test';
import { downloadCsv, expect, expectLive, figure, figureIds, gotoLive, renders, replaceSql, runButton, resetButton, alertOf, test } from './helpers';

const route = 'customers/';
/** Generation + load of 100k takes ~2 s here; 1M ~15 s. Generous for CI. */
const GENERATED_TIMEOUT = 60_000;

const dataset = (page: Page) => page.locator('.dataset-switch');

async function generate(page: Page, customers: number) {
	const sw = dataset(page);
	await sw.scrollIntoViewIfNeeded();
	await sw.getByLabel('Customers').selectOption(String(customers));
	await sw.getByRole('button', { name: 'Generate in this browser' }).click();
	await expect(sw).toHaveAttribute('data-phase', 'running');
}

async function expectGenerated(page: Page, customers: number) {
	const sw = dataset(page);
	await expect(sw).toHaveAttribute('data-phase', 'done', { timeout: GENERATED_TIMEOUT });
	await expect(sw).toHaveAttribute('data-dataset', 'generated');
	await expect(sw).toHaveAttribute('data-customers', String(customers));
}

/** Every figure's CSV, once it has redrawn after `before` (its render count then). */
async function csvs(page: Page, before?: Map<string, number>): Promise<Map<string, string>> {
	const out = new Map<string, string>();
	for (const id of await figureIds(page)) {
		const fig = figure(page, id);
		await expectLive(fig);
		if (before) await expect.poll(() => renders(fig), { message: `${id} recomputed`, timeout: GENERATED_TIMEOUT }).toBeGreaterThan(before.get(id)!);
		await expect(fig).toHaveAttribute('data-state', 'live');
		out.set(id, (await downloadCsv(page, fig)).text);
	}
	return out;
}

const renderCounts = async (page: Page) => new Map(await Promise.all((await figureIds(page)).map(async (id) => [id, await renders(figure(page, id))] as const)));

async function measures(page: Page, prefix: string): Promise<string[]> {
	return page.evaluate((p) => performance.getEntriesByType('measure').filter((m) => m.name.startsWith(p)).map((m) => m.name), prefix);
}

test('100,000 customers generated in the browser give exactly the published figures, and Back restores the published data', async ({ page, watch }) => {
	await gotoLive(page, route);
	await expect(dataset(page)).toHaveAttribute('data-dataset', 'published');
	const published = await csvs(page);
	const shares = figure(page, 'level-shares');
	const tableBefore = await shares.locator('details.data-table').innerText();

	const before = await renderCounts(page);
	await generate(page, 100_000);
	await expectGenerated(page, 100_000);
	await expect(dataset(page)).toContainText('Figures now use 100,000 customers generated in your browser (seed 20140112');
	await expect(dataset(page)).toContainText('orders 679,547');
	expect(await measures(page, 'stress:')).toEqual(expect.arrayContaining(['stress:generate', 'stress:load', 'stress:total']));

	const generated = await csvs(page, before);
	expect([...generated.keys()]).toEqual([...published.keys()]);
	expect(generated.get('level-shares'), 'level-shares CSV').toBe(published.get('level-shares'));
	for (const [id, text] of published) expect.soft(generated.get(id), `${id} CSV equals the published one`).toBe(text);
	expect(await shares.locator('details.data-table').innerText(), 'level-shares data table').toBe(tableBefore);

	// Back to the published dataset: the figures recompute again, with the same result.
	const again = await renderCounts(page);
	await dataset(page).getByRole('button', { name: 'Back to the published dataset' }).click();
	await expect(dataset(page)).toHaveAttribute('data-dataset', 'published', { timeout: GENERATED_TIMEOUT });
	await expect(dataset(page)).toHaveAttribute('data-phase', 'idle');
	await expect.poll(() => renders(shares)).toBeGreaterThan(again.get('level-shares')!);
	expect((await downloadCsv(page, shares)).text).toBe(published.get('level-shares'));
	expect(watch.errors).toEqual([]);
});

async function cancelAt(page: Page, stage: RegExp): Promise<string> {
	const sw = dataset(page);
	const text = sw.locator('.stage');
	await expect(text, 'progress is shown').toHaveText(stage, { timeout: GENERATED_TIMEOUT });
	await expect(sw.locator('progress')).toBeVisible();
	await expect(text).toContainText('elapsed');
	const shown = (await text.textContent()) ?? '';
	await sw.getByRole('button', { name: 'Cancel' }).click();
	await expect(sw).toHaveAttribute('data-phase', 'cancelled');
	await expect(sw).toHaveAttribute('data-dataset', 'published');
	await expect(sw).toContainText('Cancelled. Nothing changed');
	await expect(sw.locator('progress')).toHaveCount(0);
	return shown;
}

/** The published figures still answer: a control recomputes level-shares, and its CSV is the one from before. */
async function expectPublishedWorking(page: Page, shares: Locator, publishedCsv: string) {
	const method = page.locator('[id="level-shares--method"]');
	for (const value of ['quantile', 'grid']) {
		const n = await renders(shares);
		await method.selectOption(value);
		await expect.poll(() => renders(shares)).toBeGreaterThan(n);
		await expect(shares).toHaveAttribute('data-state', 'live');
	}
	expect((await downloadCsv(page, shares)).text).toBe(publishedCsv);
}

test('a 1,000,000-customer run shows its progress; Cancel while generating leaves the published figures working', async ({ page, watch }) => {
	await gotoLive(page, route);
	const shares = figure(page, 'level-shares');
	const publishedCsv = (await downloadCsv(page, shares)).text;
	const n = await renders(shares);
	await generate(page, 1_000_000);
	const shown = await cancelAt(page, /^Generating customers [1-9][\d,]* \/ 1,000,000 · \d+\.\d s elapsed$/);
	expect(shown).toMatch(/Generating customers/);
	expect(await renders(shares), 'nothing recomputed').toBe(n);
	await expectPublishedWorking(page, shares, publishedCsv);
	expect(await measures(page, 'stress:'), 'no measure of a cancelled run').toEqual([]);
	expect(watch.errors).toEqual([]);
});

test('Cancel while loading 1,000,000 customers into DuckDB discards the new engine; the published figures stay', async ({ page, watch }) => {
	test.setTimeout(150_000);
	await gotoLive(page, route);
	const shares = figure(page, 'level-shares');
	const publishedCsv = (await downloadCsv(page, shares)).text;
	await generate(page, 1_000_000);
	await cancelAt(page, /^Loading orders into DuckDB [\d.,]+( M)? \/ 6\.8 M rows · /);
	await expectPublishedWorking(page, shares, publishedCsv);
	// A new run after a cancel works.
	await generate(page, 20_000);
	await expectGenerated(page, 20_000);
	expect(watch.errors).toEqual([]);
});

test('a reader cannot change the generated tables: a write is refused, and the figures keep their data', async ({ page }) => {
	await gotoLive(page, route);
	await generate(page, 20_000);
	await expectGenerated(page, 20_000);
	const shares = figure(page, 'level-shares');
	await expectLive(shares);
	const csv = (await downloadCsv(page, shares)).text;
	for (const write of ['DELETE FROM orders', 'DROP TABLE customer_year', 'UPDATE customers.main.customers SET gender = NULL']) {
		await replaceSql(page, shares, write);
		await runButton(shares).click();
		await expect(alertOf(shares), write).toContainText('read-only');
	}
	const n = await renders(shares);
	await resetButton(shares).click();
	await expect.poll(() => renders(shares)).toBeGreaterThan(n);
	expect((await downloadCsv(page, shares)).text).toBe(csv);
});

test('/data/ generates the dataset on an engine of its own and reports times and row counts', async ({ page, watch }) => {
	await page.goto('data/');
	const sw = dataset(page);
	await expect(sw).toHaveAttribute('data-dataset', 'published');
	await generate(page, 20_000);
	await expect(sw).toHaveAttribute('data-phase', 'done', { timeout: GENERATED_TIMEOUT });
	await expect(sw).toHaveAttribute('data-dataset', 'generated');
	await expect(sw).toContainText('Generated 20,000 customers in your browser (seed 20140112');
	await expect(sw).toContainText(/Generating took \d+\.\d s, loading into DuckDB \d+\.\d s\./);
	await expect(sw).toContainText('customers 20,000 · orders 136,090 · holdings 20,000 · categories 12 · customer_year 20,000');
	expect(watch.requests.filter((u) => u.endsWith('.duckdb')), 'no data file was downloaded').toEqual([]);
	expect(watch.errors).toEqual([]);
});
