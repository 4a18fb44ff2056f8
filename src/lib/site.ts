// Who the site is, for search engines, link previews and citations: its name, where it is published, and each
// page's title and one-line description (from the table of contents).
import { chapters } from './chapters';

export const SITE_NAME = 'Bank-run e-commerce in China';
export const SITE_DESCRIPTION =
	"ICBC's 融e购, CCB's 善融商务 and BoCom's 交博汇 against Alibaba and JD: an interactive study where every chart is recomputed from SQL in your browser.";
export const SITE_YEAR = 2026;
/**
 * The published origin (no trailing slash), set at build by SITE_URL (the Pages workflow passes
 * https://<owner>.github.io); absolute URLs in the sitemap, canonical links and citations start with it.
 */
export const SITE_ORIGIN = (import.meta.env.VITE_SITE_URL || 'http://localhost:4173').replace(/\/$/, '');

export interface PageMeta {
	path: string;
	title: string;
	description: string;
}

/** Every route with its title and description: the home page, then the chapters in reading order. */
export const pages: PageMeta[] = [
	{ path: '/', title: SITE_NAME, description: SITE_DESCRIPTION },
	...chapters.map((c) => ({ path: c.path, title: c.title, description: c.finding }))
];

export const pageMeta = (path: string): PageMeta => pages.find((p) => p.path === path) ?? pages[0]!;

/** The absolute URL of a route under the base path. */
export const absoluteUrl = (base: string, path: string) => `${SITE_ORIGIN}${base}${path}`;

/** "Cite this": the page as plain text and as BibTeX. */
export function citation(base: string, path: string): { text: string; bibtex: string } {
	const m = pageMeta(path);
	const url = absoluteUrl(base, path);
	const title = m.path === '/' ? SITE_NAME : `${m.title}. In: ${SITE_NAME}`;
	const key = `bankecommerce${SITE_YEAR}${m.path.replace(/\W/g, '') || 'home'}`;
	return {
		text: `${title}. An interactive study, ${SITE_YEAR}. ${url}`,
		bibtex: [
			`@misc{${key},`,
			`  title        = {{${m.path === '/' ? SITE_NAME : m.title}}},`,
			...(m.path === '/' ? [] : [`  howpublished = {In: ${SITE_NAME}, an interactive study},`]),
			`  year         = {${SITE_YEAR}},`,
			`  url          = {${url}}`,
			`}`
		].join('\n')
	};
}
