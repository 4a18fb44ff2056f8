// Accessibility: axe-core on every route, in the prerendered state and once the figures are live (WCAG 2.1 A and
// AA rules, plus axe's best practices), with 0 violations allowed.
import AxeBuilder from '@axe-core/playwright';
import type { Page } from '@playwright/test';
import { expect, expectAllLive, test } from './helpers';
import { FIGURE_ROUTES, ROUTES, routeName } from './site';

async function violations(page: Page): Promise<string[]> {
	const r = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'best-practice']).analyze();
	return r.violations.map((v) => `${v.id} (${v.impact}): ${v.help} — ${v.nodes.length} node(s), e.g. ${v.nodes.slice(0, 3).map((n) => n.target.join(' ')).join(' | ')}`);
}

for (const route of ROUTES) {
	test(`${routeName(route)} has no axe violations, before and after the figures turn live`, async ({ page }) => {
		test.setTimeout(120_000);
		await page.emulateMedia({ reducedMotion: 'reduce' });
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
