// Every route in a real browser: no console errors, no uncaught errors, no hydration warnings, no failed
// requests, and nothing fetched from another origin (pages or the DuckDB worker).
import { expect, expectAllLive, test } from './helpers';
import { FIGURE_ROUTES, ROUTES, routeName } from './site';

for (const route of ROUTES) {
	test(`${routeName(route)} loads without console errors, page errors or failed requests`, async ({ page, watch }) => {
		await page.goto(route);
		if (FIGURE_ROUTES.includes(route)) await expectAllLive(page);
		await page.waitForLoadState('networkidle');
		expect.soft(watch.errors, 'console errors, page errors, hydration warnings').toEqual([]);
		expect.soft(watch.badResponses, 'responses >= 400').toEqual([]);
	});
}

test('no request leaves the origin, from the pages or from the DuckDB worker', async ({ page, watch }) => {
	// Nine pages, the chapters' figures all brought live: three times the usual time (it timed out at 90 s on a busy machine).
	test.slow();
	for (const route of ROUTES) {
		await page.goto(route);
		if (FIGURE_ROUTES.includes(route)) await expectAllLive(page);
		await page.waitForLoadState('networkidle');
	}
	// The recorder sees the worker's own requests (the wasm module and the database file), so it would see others.
	expect(watch.requests.some((u) => u.endsWith('.wasm')), 'the .wasm request was recorded').toBe(true);
	expect(watch.requests.some((u) => u.endsWith('.duckdb')), 'the .duckdb request was recorded').toBe(true);
	expect(watch.external).toEqual([]);
});
