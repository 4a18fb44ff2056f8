// What a figure's markup already holds is not sent a second time in the page data: its SQL is in the SQL panel
// (readable without JavaScript) and its sources are in the source line. The build keeps them here, by figure
// id, for the server render (filled by the page's load, like the static rows); in the browser they are read
// back from the prerendered page (every page is prerendered, and navigation reloads: app.html).
import { browser } from '$app/environment';
import type { SourceRef } from './sources';

export interface InMarkup {
	sql: string;
	sources: SourceRef[];
}

const built = new Map<string, InMarkup>();

/** Build time: what the server render of figure `id` shows (its author's SQL and its default result's sources). */
export function keepForMarkup(id: string, content: InMarkup): void {
	built.set(id, content);
}

/** Every figure and step of the prerendered page, by id. */
function readPage(): Map<string, InMarkup> {
	const out = new Map<string, InMarkup>();
	for (const el of document.querySelectorAll<HTMLElement>('[data-figure], [data-step]')) {
		const code = el.querySelector(':scope > .sql-panel pre.sql > code');
		if (!code) continue;
		const sources = [...el.querySelectorAll(':scope > .sources li')].map((li) => {
			const a = li.querySelector('a');
			return { url: a?.getAttribute('href') ?? '', name: a?.textContent ?? '', low: li.querySelector('.low') !== null };
		});
		out.set(el.id, { sql: code.textContent ?? '', sources });
	}
	return out;
}

// Read when this module loads, which is before the page hydrates: what hydration does to the DOM cannot change it.
const prerendered = browser ? readPage() : null;

/** The author's SQL and the sources of figure `id`: the build's on the server, the prerendered page's in the browser. */
export function readInMarkup(id: string): InMarkup {
	const content = prerendered ? prerendered.get(id) : built.get(id);
	if (!content)
		throw new Error(prerendered ? `Figure "${id}": its prerendered SQL panel is not in the page.` : `No build-time SQL for figure "${id}": is its page loaded with loadFigures()?`);
	return content;
}
