// The site without JavaScript: every route is prerendered HTML under the base path, every figure's chart is
// already in it, and the files GitHub Pages needs are there.
import { parseHTML } from 'linkedom';
import { expect, test } from './helpers';
import { FIGURE_ROUTES, ROUTES, routeName } from './site';

for (const route of ROUTES) {
	test(`${routeName(route)} answers 200 with prerendered HTML`, async ({ request }) => {
		const res = await request.get(route);
		expect(res.status()).toBe(200);
		expect(res.headers()['content-type']).toContain('text/html');
		const { document } = parseHTML(await res.text());
		expect(document.querySelector('main h1')?.textContent?.trim(), 'the page heading, rendered at build').toBeTruthy();
		expect(document.querySelector('title')?.textContent?.trim(), '<title>').toBeTruthy();
	});

	test(`${routeName(route)} needs no stylesheet request before its first paint (its CSS is inline)`, async ({ request }) => {
		const { document } = parseHTML(await (await request.get(route)).text());
		// SvelteKit keeps a disabled <link> to each inlined file (not fetched, not render-blocking)
		const linked = [...document.querySelectorAll('link[rel="stylesheet"]:not([disabled])')].map((l) => l.getAttribute('href'));
		expect(linked, 'render-blocking stylesheets').toEqual([]);
		const inline = [...document.querySelectorAll('head style')].map((s) => s.textContent ?? '');
		expect(inline.some((css) => css.includes('--font:')), "the site's stylesheet, inline").toBe(true);
	});
}

for (const route of FIGURE_ROUTES) {
	test(`${routeName(route)} raw HTML holds every figure's chart, static`, async ({ request }) => {
		const { document } = parseHTML(await (await request.get(route)).text());
		const figs = [...document.querySelectorAll('figure[data-figure]')];
		expect(figs.length, 'figures in the chapter').toBeGreaterThan(0);
		const ids = figs.map((f) => f.getAttribute('data-figure'));
		expect(new Set(ids).size, 'figure ids are unique').toBe(ids.length);
		for (const f of figs) {
			const id = f.getAttribute('data-figure');
			expect.soft(f.getAttribute('data-state'), `${id}: data-state`).toBe('static');
			expect.soft(f.querySelector('.chart svg'), `${id}: <svg> inside the figure's .chart`).not.toBeNull();
			expect.soft(f.querySelector('figcaption')?.textContent?.trim(), `${id}: figcaption`).toBeTruthy();
			expect.soft(f.querySelector('.sql-panel pre.sql')?.textContent?.trim(), `${id}: the SQL, readable without JS`).toBeTruthy();
			expect.soft(f.querySelector('.chart')?.getAttribute('aria-label'), `${id}: text alternative`).toBeTruthy();
		}
	});
}

// Every figure and page step names its sources as the author's query gives them: the synthetic data's page, or the
// sources its rows carry. The line for a query whose result has no source column is for a reader's edited query (the
// SWOT chapter's step, whose table carries every factor's source, showed it until the build read them from the table).
for (const route of FIGURE_ROUTES) {
	test(`${routeName(route)} names the sources of every figure and step, as built`, async ({ request }) => {
		const { document } = parseHTML(await (await request.get(route)).text());
		for (const f of document.querySelectorAll('[data-figure], [data-step]')) {
			const line = f.querySelector('.sources');
			expect.soft(line, `${f.id}: a source line`).not.toBeNull();
			const named = line?.textContent?.includes('synthetic data') || (line?.querySelectorAll('a[href^="http"]').length ?? 0) > 0;
			expect.soft(named, `${f.id}: "${line?.textContent?.trim().slice(0, 80)}"`).toBe(true);
		}
	});
}

for (const route of FIGURE_ROUTES) {
	test(`${routeName(route)} carries each figure's SQL once: in its SQL panel, not again in the page data`, async ({ request }) => {
		const { document } = parseHTML(await (await request.get(route)).text());
		const scripts = [...document.querySelectorAll('script')].map((s) => s.textContent ?? '').join('\n');
		expect(scripts, 'the page data').toContain('figures');
		for (const f of document.querySelectorAll('[data-figure], [data-step]')) {
			const sql = f.querySelector('.sql-panel pre.sql')?.textContent ?? '';
			// Its longest line that JSON and devalue write alike (no <, > or &, which devalue escapes as \u003C …).
			const line = sql.split('\n').filter((l) => !/[<>&]/.test(l)).sort((a, b) => b.length - a.length)[0] ?? '';
			expect.soft(line.length, `${f.id}: a line of SQL to look for`).toBeGreaterThan(20);
			expect.soft(scripts, `${f.id}: its SQL in the page data`).not.toContain(JSON.stringify(line).slice(1, -1));
		}
	});
}

test('favicon and .nojekyll are served', async ({ request }) => {
	const { document } = parseHTML(await (await request.get('')).text());
	const icon = document.querySelector('link[rel=icon]')?.getAttribute('href');
	expect(icon, '<link rel=icon>').toBeTruthy();
	const res = await request.get(icon!);
	expect(res.status(), `GET ${icon}`).toBe(200);
	expect((await request.get('.nojekyll')).status(), 'GET .nojekyll').toBe(200);
});

test('every internal link of every page resolves under the base path', async ({ request, baseURL }) => {
	const links = new Set<string>();
	for (const route of ROUTES) {
		const url = new URL(route, baseURL);
		const { document } = parseHTML(await (await request.get(route)).text());
		for (const a of document.querySelectorAll('a[href]')) {
			const target = new URL(a.getAttribute('href')!, url);
			if (target.origin === url.origin) links.add(target.origin + target.pathname);
		}
	}
	expect(links.size).toBeGreaterThan(ROUTES.length - 1);
	const broken: string[] = [];
	for (const link of links) {
		const status = (await request.get(link, { maxRedirects: 0 })).status();
		if (status !== 200) broken.push(`${status} ${link}`);
	}
	expect(broken).toEqual([]);
});
