// The sitemap: every route, absolute (SITE_URL at build), prerendered to /sitemap.xml.
import { base } from '$app/paths';
import { absoluteUrl, pages } from '$lib/site';

export const prerender = true;
export const trailingSlash = 'never';

export function GET() {
	const urls = pages.map((p) => `  <url><loc>${absoluteUrl(base, p.path)}</loc></url>`).join('\n');
	const xml = `<?xml version="1.0" encoding="UTF-8"?>\n<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">\n${urls}\n</urlset>\n`;
	return new Response(xml, { headers: { 'content-type': 'application/xml' } });
}
