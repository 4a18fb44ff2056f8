// When the engine cannot or should not start: WASM blocked, or Save-Data on. The page keeps its published
// charts, says so once, and (Save-Data) starts on request.
import { alertOf, expect, expectAllLive, figure, figureIds, LIVE_TIMEOUT, test } from './helpers';
import { FIGURE_ROUTES, ROUTES } from './site';
import { runBtn, setQuery } from './playground-helpers';

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

test(`with DuckDB's worker script blocked /${route} hydrates, every figure ends in error well before the download watchdog, and one notice explains`, async ({ page, context }) => {
	await context.route('**/duckdb-browser-eh.worker*.js', (r) => r.abort());
	const t0 = Date.now();
	await page.goto(route);
	const ids = await figureIds(page);
	for (const id of ids) await expect(figure(page, id), `${id} does not stay loading`).toHaveAttribute('data-state', 'error', { timeout: 10_000 });
	expect(Date.now() - t0, 'failed on the worker error, not after the 15 s stall watchdog').toBeLessThan(12_000);
	await expect(page.locator('.engine-notice')).toHaveCount(1);
	await expect(page.locator('.engine-notice')).toHaveAttribute('data-engine', 'failed');
	// Hydrated (hydration waits for the worker's start at most 800 ms): the theme toggle works.
	const toggle = page.locator('.theme-toggle');
	const before = await toggle.getAttribute('aria-pressed');
	await toggle.click();
	await expect(toggle).not.toHaveAttribute('aria-pressed', before!);
});

test(`on /${route} DuckDB's worker starts after the first paint (app.html's script, or the page if first) and the wasm is requested once`, async ({ page, watch }) => {
	await page.goto(route);
	await expect(figure(page, (await figureIds(page))[0]!)).toHaveAttribute('data-state', 'live', { timeout: LIVE_TIMEOUT });
	const t = await page.evaluate(() => {
		const at = (name: string) => performance.getEntriesByName(name)[0]?.startTime ?? null;
		return { fcp: at('first-contentful-paint'), spawned: at('engine:spawned'), asked: at('engine:asked') };
	});
	expect(t.fcp).not.toBeNull();
	expect(t.spawned ?? t.asked, 'the worker starts after the first paint').toBeGreaterThanOrEqual(t.fcp!);
	expect(watch.requests.filter((u) => /engine-worker/.test(u)), "one worker: the script's, taken by the page").toHaveLength(1);
	expect(watch.requests.filter((u) => u.endsWith('.wasm')), 'the wasm requested once (by the worker, handed to DuckDB)').toHaveLength(1);
});

test(`with the engine's worker script blocked /${route} fails its figures at once and says so once`, async ({ page, context }) => {
	await context.route('**/engine-worker*.js', (r) => r.abort());
	await page.goto(route);
	for (const id of await figureIds(page)) await expect(figure(page, id), `${id} does not stay loading`).toHaveAttribute('data-state', 'error', { timeout: 10_000 });
	await expect(page.locator('.engine-notice')).toHaveCount(1);
	await expect(page.locator('.engine-notice')).toHaveAttribute('data-engine', 'failed');
});

const saveData = () =>
	Object.defineProperty(Navigator.prototype, 'connection', { configurable: true, get: () => ({ saveData: true }) });
const engineRequests = (requests: string[]) => requests.filter((u) => /\.(wasm|duckdb)$|duckdb-browser-eh\.worker|engine-worker/.test(u));

for (const route of FIGURE_ROUTES)
test(`under Save-Data /${route} downloads nothing of the engine until asked, then its figures turn live`, async ({ page, watch }) => {
	await page.addInitScript(saveData);
	await page.goto(route);
	const notice = page.locator('.engine-notice[data-engine=waiting]');
	await expect(notice).toBeVisible();
	await page.waitForLoadState('networkidle');
	await page.waitForTimeout(1500); // the engine would start right after the first paint without Save-Data
	expect(engineRequests(watch.requests), 'nothing of the engine downloaded').toEqual([]);
	for (const id of await figureIds(page)) await expect(figure(page, id)).toHaveAttribute('data-state', 'static');

	await notice.getByRole('button').click();
	await expectAllLive(page);
	await expect(page.locator('.engine-notice')).toHaveCount(0);
	expect(watch.requests.some((u) => u.endsWith('.wasm'))).toBe(true);
});

for (const route of ROUTES.filter((r) => !FIGURE_ROUTES.includes(r) && r !== 'playground/'))
test(`under Save-Data /${route} (no figures) downloads nothing of the engine and shows no notice`, async ({ page, watch }) => {
	await page.addInitScript(saveData);
	await page.goto(route);
	await page.waitForLoadState('networkidle');
	await page.waitForTimeout(1500);
	expect(engineRequests(watch.requests)).toEqual([]);
	await expect(page.locator('.engine-notice')).toHaveCount(0);
});

test('under Save-Data the playground waits for Run, then runs the query and lists the tables', async ({ page, watch }) => {
	await page.addInitScript(saveData);
	await page.goto('playground/');
	await expect(page.locator('.engine-notice[data-engine=waiting]')).toBeVisible();
	await expect(page.locator('.playground .editor .cm-content')).toBeVisible();
	await page.waitForLoadState('networkidle');
	await page.waitForTimeout(1500);
	expect(engineRequests(watch.requests), 'nothing of the engine downloaded').toEqual([]);
	await expect(page.locator('.playground')).not.toHaveAttribute('data-ready', 'true');

	await setQuery(page, 'SELECT 6 * 7 AS answer');
	await runBtn(page).click();
	await expect(page.locator('.playground .results')).toContainText('42', { timeout: LIVE_TIMEOUT });
	await expect(page.locator('.playground')).toHaveAttribute('data-ready', 'true', { timeout: LIVE_TIMEOUT });
	await expect(page.locator('.engine-notice')).toHaveCount(0);
	expect(watch.requests.some((u) => u.endsWith('.wasm'))).toBe(true);
});
