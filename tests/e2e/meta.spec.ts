// Citation and sharing: every page has its own title and description, Open Graph tags and a canonical URL; the
// sitemap lists every route; chapters carry a "cite this" block; a figure's permalink opens the page at the figure.
import { expect, test } from './helpers';
import { builtFigures, builtHtml, FIGURE_ROUTES, ROUTES, routeName } from './site';
import { parseHTML } from 'linkedom';
import { chapters } from '../../src/lib/chapters';

const head = (route: string) => parseHTML(builtHtml(route)).document;
const meta = (doc: Document, sel: string) => doc.querySelector(sel)?.getAttribute('content') ?? doc.querySelector(sel)?.getAttribute('href') ?? '';

test('every route has its own title and description, Open Graph tags and a canonical URL', () => {
	const titles = new Set<string>();
	for (const route of ROUTES) {
		const doc = head(route);
		const title = doc.querySelector('title')?.textContent ?? '';
		expect(title.length, `${routeName(route)} title`).toBeGreaterThan(10);
		titles.add(title);
		expect(meta(doc, 'meta[name="description"]').length, `${routeName(route)} description`).toBeGreaterThan(40);
		expect(meta(doc, 'meta[property="og:title"]'), `${routeName(route)} og:title`).not.toBe('');
		expect(meta(doc, 'meta[property="og:description"]').length, `${routeName(route)} og:description`).toBeGreaterThan(20);
		expect(meta(doc, 'meta[property="og:url"]'), `${routeName(route)} og:url`).toMatch(new RegExp(`/bank-ecommerce-study/${route}$`));
		expect(meta(doc, 'link[rel="canonical"]')).toBe(meta(doc, 'meta[property="og:url"]'));
	}
	expect(titles.size, 'titles are unique').toBe(ROUTES.length);
});

test('the sitemap lists every route under the base path', async ({ request }) => {
	const res = await request.get('sitemap.xml');
	expect(res.status()).toBe(200);
	const locs = [...(await res.text()).matchAll(/<loc>([^<]+)<\/loc>/g)].map((m) => new URL(m[1]!).pathname);
	expect(locs.sort()).toEqual(ROUTES.map((r) => `/bank-ecommerce-study/${r}`).sort());
});

test('each ready chapter has a "cite this" block in text and BibTeX with its URL', () => {
	for (const c of chapters.filter((c) => c.ready)) {
		const doc = head(c.path.slice(1));
		const cite = doc.querySelector('section.cite');
		expect(cite, `${c.path} cite block`).not.toBeNull();
		const url = `/bank-ecommerce-study${c.path}`;
		expect(cite!.textContent).toContain(url);
		expect(cite!.querySelector('pre')?.textContent).toMatch(new RegExp(`^@misc\\{[\\s\\S]*title\\s+= \\{\\{${c.title.replace(/[()]/g, '\\$&')}\\}\\}[\\s\\S]*url\\s+= \\{[^}]*${url}\\}`));
	}
});

test('a figure permalink (#figure-id) opens the page scrolled to that figure', async ({ page }) => {
	const route = FIGURE_ROUTES[0]!;
	const last = builtFigures(route).at(-1)!.id;
	await page.goto(`${route}#${last}`);
	const box = await page.locator(`figure[data-figure="${last}"]`).boundingBox();
	expect(box, 'the figure is on the page').not.toBeNull();
	expect(box!.y, 'the figure is at the top of the viewport').toBeLessThan(200);
	expect(box!.y).toBeGreaterThan(-box!.height);
	// the title's anchor is that permalink
	await expect(page.locator(`figure[data-figure="${last}"] h3 a.anchor`)).toHaveAttribute('href', `#${last}`);
});
