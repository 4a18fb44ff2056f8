// Accessibility: axe-core on every route, in light and dark mode, in the prerendered state and once the figures are
// live (WCAG 2.1 A and AA rules, plus axe's best practices), with 0 violations allowed.
import AxeBuilder from '@axe-core/playwright';
import type { Page } from '@playwright/test';
import { expect, expectAllLive, expectLive, figure, gotoLive, renders, test } from './helpers';
import { FIGURE_ROUTES, ROUTES, routeName } from './site';

async function violations(page: Page): Promise<string[]> {
	const r = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'best-practice']).analyze();
	return r.violations.map((v) => `${v.id} (${v.impact}): ${v.help} — ${v.nodes.length} node(s), e.g. ${v.nodes.slice(0, 3).map((n) => n.target.join(' ')).join(' | ')}`);
}

for (const route of ROUTES)
for (const colorScheme of ['light', 'dark'] as const) {
	test(`${routeName(route)} has no axe violations in ${colorScheme} mode, before and after the figures turn live`, async ({ page }) => {
		test.setTimeout(120_000);
		await page.emulateMedia({ reducedMotion: 'reduce', colorScheme });
		await page.goto(route);
		expect(await violations(page), 'prerendered page').toEqual([]);
		if (FIGURE_ROUTES.includes(route)) {
			await expectAllLive(page);
			expect(await violations(page), 'live page').toEqual([]);
			// and with every data table and SQL panel open
			await page.locator('details').evaluateAll((ds) => ds.forEach((d) => ((d as HTMLDetailsElement).open = true)));
			await page.waitForTimeout(300);
			expect(await violations(page), 'live page, tables and SQL open').toEqual([]);
		}
	});
}

test("a chart's text alternative is generated from its rows and follows a control", async ({ page }) => {
	await gotoLive(page, 'growth/');
	const fig = figure(page, 'online-retail');
	await expectLive(fig);
	const label = () => fig.locator('.chart[role=img]').getAttribute('aria-label');
	const before = await label();
	expect(before).toMatch(/^Online retail sales in China, 2014-2024\. All online retail: [\d.]+ \(2014\) to [\d.]+ \(2024\); Physical goods: /);
	const n = await renders(fig);
	await fig.getByLabel('Show', { exact: true }).selectOption('reported');
	await expect.poll(() => renders(fig)).toBeGreaterThan(n);
	await expect.poll(label).not.toBe(before);
	expect(await label()).toMatch(/All online retail: 49\.7 \(2014\)/); // NBS's published growth for 2014
});
