// When the engine cannot or should not start: WASM blocked, or Save-Data on. The page keeps its published
// charts, says so once, and (Save-Data) starts on request.
import { alertOf, expect, expectAllLive, figure, figureIds, LIVE_TIMEOUT, test } from './helpers';
import { FIGURE_ROUTES } from './site';

const route = FIGURE_ROUTES[0]!;

for (const blockedRoute of FIGURE_ROUTES)
test(`with WASM blocked every figure of /${blockedRoute} keeps its chart, ends in error, and one notice explains`, async ({ page, context, watch }) => {
	await context.route('**/*.wasm', (r) => r.abort());
	await page.goto(blockedRoute);
	const ids = await figureIds(page);
	expect(ids.length).toBeGreaterThan(0);
	for (const id of ids) {
		const fig = figure(page, id);
		await expect(fig, `${id} does not stay loading`).toHaveAttribute('data-state', 'error', { timeout: LIVE_TIMEOUT });
		await expect(fig.locator('.chart svg').first(), `${id} keeps its chart`).toBeVisible();
		await expect(alertOf(fig), `${id} shows no alert of its own`).toHaveText('');
	}
	await expect(page.locator('.engine-notice')).toHaveCount(1);
	await expect(page.locator('.engine-notice')).toBeVisible();
	await expect(page.locator('.engine-notice')).toHaveAttribute('data-engine', 'failed');
	expect(watch.requests.some((u) => u.endsWith('.wasm')), 'the .wasm request was made (and aborted)').toBe(true);
});

test('under Save-Data the engine waits until asked, then the figures turn live', async ({ page, watch }) => {
	await page.addInitScript(() => {
		Object.defineProperty(Navigator.prototype, 'connection', { configurable: true, get: () => ({ saveData: true }) });
	});
	await page.goto(route);
	const notice = page.locator('.engine-notice[data-engine=waiting]');
	await expect(notice).toBeVisible();
	await page.waitForLoadState('networkidle');
	await page.waitForTimeout(1500); // the engine would start on idle within this time without Save-Data
	expect(watch.requests.filter((u) => /\.(wasm|duckdb)$/.test(u)), 'nothing of the engine downloaded').toEqual([]);
	for (const id of await figureIds(page)) await expect(figure(page, id)).toHaveAttribute('data-state', 'static');

	await notice.getByRole('button').click();
	await expectAllLive(page);
	await expect(page.locator('.engine-notice')).toHaveCount(0);
	expect(watch.requests.some((u) => u.endsWith('.wasm'))).toBe(true);
});
