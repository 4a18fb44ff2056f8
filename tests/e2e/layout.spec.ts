// Narrow and wide screens: no horizontal page scroll; screenshots for a human look in test-results/screenshots/.
import { join } from 'node:path';
import { expect, expectAllLive, test } from './helpers';
import { FIGURE_ROUTES, routeName, SCREENSHOT_DIR } from './site';

for (const route of ['', 'growth/']) {
	for (const width of [1280, 390]) {
		test(`${routeName(route)} at ${width} px has no horizontal scroll`, async ({ page }) => {
			await page.setViewportSize({ width, height: 900 });
			await page.goto(route);
			if (FIGURE_ROUTES.includes(route)) await expectAllLive(page);
			const scrollWidth = await page.evaluate(() => document.documentElement.scrollWidth);
			await page.screenshot({ path: join(SCREENSHOT_DIR, `${route.replace(/\/$/, '') || 'home'}-${width}.png`), fullPage: true });
			expect(scrollWidth, 'document.documentElement.scrollWidth').toBeLessThanOrEqual(width);
		});
	}
}
