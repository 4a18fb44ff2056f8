// robots.txt: everything may be indexed; where the sitemap is.
import { base } from '$app/paths';
import { absoluteUrl } from '$lib/site';

export const prerender = true;
export const trailingSlash = 'never';

export function GET() {
	return new Response(`User-agent: *\nAllow: /\nSitemap: ${absoluteUrl(base, '/sitemap.xml')}\n`, { headers: { 'content-type': 'text/plain' } });
}
