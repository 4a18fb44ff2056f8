// Phone, tablet and desktop widths, light and dark: no horizontal page scroll on any route; screenshots of every
// route at 390 and 1280 px in both themes for a human look (test-results/screenshots/, kept as CI artefacts).
// The theme toggle overrides the system's setting and is remembered; the charts follow the theme.
import { join } from 'node:path';
import { expect, expectAllLive, test } from './helpers';
import { CJK_CHAR } from '../../src/lib/font/cjk';
import { FIGURE_ROUTES, ROUTES, routeName, SCREENSHOT_DIR } from './site';

for (const route of ROUTES) {
	test(`${routeName(route)} at 390, 768 and 1280 px, light and dark, has no horizontal scroll`, async ({ page }) => {
		test.setTimeout(120_000);
		await page.goto(route);
		if (FIGURE_ROUTES.includes(route)) await expectAllLive(page);
		// one load: the charts redraw to each width (ResizeObserver) and recolour with the scheme
		for (const scheme of ['light', 'dark'] as const) {
			await page.emulateMedia({ colorScheme: scheme });
			for (const width of [390, 768, 1280]) {
				await page.setViewportSize({ width, height: 900 });
				await page.waitForTimeout(400);
				const scrollWidth = await page.evaluate(() => document.documentElement.scrollWidth);
				if (width !== 768)
					// A full-page capture paints the whole page at once: the charts off the screen, which the page leaves
					// unrendered until the reader nears them (content-visibility), are drawn for it.
					await page.screenshot({ path: join(SCREENSHOT_DIR, `${route.replace(/\/$/, '') || 'home'}-${width}-${scheme}.png`), fullPage: true, style: 'figure[data-figure], .chart { content-visibility: visible !important; }' });
				expect(scrollWidth, `document.documentElement.scrollWidth at ${width} px, ${scheme}`).toBeLessThanOrEqual(width);
			}
		}
	});
}

// A phone draws every chart at its own width: no text of a chart (axis labels, series names, numbers at bars' ends)
// may run past the chart's box, where the page's edge cuts it (2 px of anti-aliasing allowed). At 390 px the bar
// charts' axis labels ran up to 68 px past it, a line chart's series name 28 px.
for (const route of FIGURE_ROUTES) {
	test(`${routeName(route)} at 390 px: every chart's text stays inside its chart`, async ({ page }) => {
		await page.setViewportSize({ width: 390, height: 844 });
		await page.goto(route);
		await expectAllLive(page);
		const outside = await page.evaluate(() =>
			[...document.querySelectorAll('figure[data-figure] .chart svg')].flatMap((svg) => {
				const box = svg.getBoundingClientRect();
				return [...svg.querySelectorAll('text')].flatMap((t) => {
					const r = t.getBoundingClientRect();
					const out = Math.max(box.left - r.left, r.right - box.right);
					return r.width > 0 && out > 2 ? [`${svg.closest('figure[data-figure]')!.id}: "${t.textContent}" ${Math.round(out)} px outside`] : [];
				});
			})
		);
		expect(outside).toEqual([]);
	});
}

// Chinese text is drawn with a font that has its characters. Debian's Chromium has no Chinese system font (its
// fonts are DejaVu and Liberation), so the site's CJK font must draw it; Chromium kept boxes in text it had laid out
// before that font arrived ("SWOT of 融e购", the SWOT chapter's heading) until src/lib/font/reshape.ts. On a system
// with Chinese fonts these draw it, which passes too. Text the page has not rendered yet (a figure far below) is
// laid out when the reader nears it, with the font by then: skipped.
const NO_CHINESE_GLYPHS = /^(DejaVu|Liberation)/;
for (const route of ROUTES) {
	test(`${routeName(route)} draws its Chinese text with a font that has the characters`, async ({ page }) => {
		await page.goto(route, { waitUntil: 'networkidle' });
		await page.evaluate(() => document.fonts.ready.then(() => new Promise((done) => requestAnimationFrame(() => requestAnimationFrame(done)))));
		const count = await page.evaluate((pattern) => {
			const cjk = new RegExp(pattern, 'u');
			let n = 0;
			for (const el of document.body.querySelectorAll('*'))
				if ([...el.childNodes].some((c) => c.nodeType === Node.TEXT_NODE && cjk.test(c.textContent ?? ''))) el.setAttribute('data-cjk-probe', String(n++));
			return n;
		}, CJK_CHAR.source);
		const cdp = await page.context().newCDPSession(page);
		await cdp.send('DOM.enable');
		await cdp.send('CSS.enable');
		const { root } = await cdp.send('DOM.getDocument', { depth: -1 });
		const { nodeIds } = await cdp.send('DOM.querySelectorAll', { nodeId: root.nodeId, selector: '[data-cjk-probe]' });
		expect(nodeIds.length).toBe(count);
		const boxes: string[] = [];
		for (const nodeId of nodeIds) {
			const { fonts } = await cdp.send('CSS.getPlatformFontsForNode', { nodeId });
			if (fonts.length > 0 && fonts.every((f) => NO_CHINESE_GLYPHS.test(f.familyName))) {
				const { outerHTML } = await cdp.send('DOM.getOuterHTML', { nodeId });
				boxes.push(`${outerHTML.replace(/ data-cjk-probe="\d+"/, '').slice(0, 100)} (${fonts.map((f) => f.familyName).join(', ')})`);
			}
		}
		expect(boxes, 'elements whose Chinese characters are drawn by fonts without them').toEqual([]);
	});
}

/** Relative luminance of a CSS rgb() colour (0 black … 1 white). */
const luminance = (rgb: string) => {
	const [r, g, b] = (rgb.match(/\d+(\.\d+)?/g) ?? ['255', '255', '255']).map(Number).map((v) => ((v /= 255) <= 0.03928 ? v / 12.92 : ((v + 0.055) / 1.055) ** 2.4));
	return 0.2126 * r! + 0.7152 * g! + 0.0722 * b!;
};

test('dark mode follows the system, the toggle overrides it and is remembered, and the charts follow', async ({ page }) => {
	await page.emulateMedia({ colorScheme: 'dark' });
	await page.goto('growth/');
	await expectAllLive(page);
	const bg = () => page.evaluate(() => getComputedStyle(document.body).backgroundColor);
	const chartText = () => page.locator('figure[data-figure] .chart svg').first().evaluate((el) => getComputedStyle(el).color);
	expect(luminance(await bg()), 'dark background').toBeLessThan(0.05);
	expect(luminance(await chartText()), 'light chart text on it').toBeGreaterThan(0.5);
	const toggle = page.getByRole('button', { name: 'Dark mode' });
	await expect(toggle).toHaveAttribute('aria-pressed', 'true');
	await toggle.click();
	await expect(toggle).toHaveAttribute('aria-pressed', 'false');
	expect(luminance(await bg()), 'light background after the toggle').toBeGreaterThan(0.8);
	expect(luminance(await chartText()), 'dark chart text').toBeLessThan(0.1);
	await page.reload();
	await expect(page.locator('html')).toHaveAttribute('data-theme', 'light');
	expect(luminance(await bg()), 'still light after a reload').toBeGreaterThan(0.8);
});

test("the reader's chosen theme is in place before the first frame (no flash of the system's theme)", async ({ page }) => {
	await page.emulateMedia({ colorScheme: 'light' });
	await page.addInitScript(() => {
		localStorage.setItem('theme', 'dark');
		// the first frame's callback runs before that frame is painted: the theme must be set by then
		requestAnimationFrame(() => ((window as unknown as { firstFrameTheme?: string }).firstFrameTheme = document.documentElement.dataset.theme ?? 'none'));
	});
	await page.goto('growth/');
	await expect.poll(() => page.evaluate(() => (window as unknown as { firstFrameTheme?: string }).firstFrameTheme)).toBe('dark');
	await expect(page.getByRole('button', { name: 'Dark mode' })).toHaveAttribute('aria-pressed', 'true');
});

test('a chart off the screen is not rendered until the reader nears it, and is rendered for print', async ({ page }) => {
	await page.goto('customers/');
	// the last figure's chart: far below the first screen
	const far = page.locator('figure[data-figure] .chart svg').last();
	const rendered = () => far.evaluate((svg) => svg.checkVisibility({ contentVisibilityAuto: true }));
	expect(await rendered(), 'skipped while off the screen').toBe(false);
	await page.emulateMedia({ media: 'print' });
	expect(await rendered(), 'rendered for print').toBe(true);
	await page.emulateMedia({ media: 'screen' });
	await far.scrollIntoViewIfNeeded();
	await expect.poll(rendered, { message: 'rendered once on the screen' }).toBe(true);
});

test("a focused control at a figure's edge shows its whole focus outline (the figure's containment does not clip it)", async ({ page }) => {
	await page.goto('growth/');
	const input = page.locator('#online-retail--from_year');
	await input.scrollIntoViewIfNeeded();
	const box = (await input.boundingBox())!;
	const fig = (await page.locator('figure[data-figure="online-retail"]').boundingBox())!;
	expect(box.x - fig.x, 'the control starts at the figure’s left edge').toBeLessThan(2);
	// the 4 px left of the control, outside the figure: the outline (3 px, 2 px away) is painted there or nowhere
	const strip = { x: box.x - 5, y: box.y, width: 4, height: box.height };
	const before = await page.screenshot({ clip: strip });
	await input.focus();
	await expect(input).toHaveCSS('outline-style', 'solid');
	const after = await page.screenshot({ clip: strip });
	expect(after.equals(before), 'the outline shows outside the figure').toBe(false);
});
