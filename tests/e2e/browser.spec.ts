// The test browser itself (tests/chromium-args.ts): Playwright's own disabled features are kept, and Chromium's
// per-window omnibox WebUI, which took CPU from every page under test, is off.
import { expect, test } from '@playwright/test';
import { disabledFeatures, EXTRA_DISABLED_FEATURES } from '../chromium-args';

test('the browser runs with Playwright’s disabled features and ours, and opens no omnibox WebUI with a new context', async ({ browser }) => {
	const cdp = await browser.newBrowserCDPSession();
	// The flags the browser was given (Chromium returns its command line only with --enable-automation).
	const off = disabledFeatures(test.info().project.use.launchOptions?.args ?? []);
	for (const f of ['PaintHolding', 'AvoidCorsURLLoaderRestartOnRedirect', ...EXTRA_DISABLED_FEATURES]) expect(off, `${f} is off`).toContain(f);
	const context = await browser.newContext();
	const page = await context.newPage();
	await page.goto('about:blank');
	await page.waitForTimeout(500);
	const { targetInfos } = await cdp.send('Target.getTargets');
	expect(targetInfos.filter((t) => t.url.startsWith('chrome://')).map((t) => t.url)).toEqual([]);
	await context.close();
});
