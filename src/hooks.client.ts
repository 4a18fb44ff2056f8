// Runs when the app starts in the browser, before the page's components load and hydrate: the earliest moment
// to schedule the in-browser database on a page with figures. The data files come from the prerendered page.
import { startLiveFigures } from '$lib/figure/live.svelte';
import type { DatabaseFile } from '$lib/db/types';

export function init() {
	const json = document.querySelector<HTMLElement>('main[data-databases]')?.dataset.databases;
	if (json) startLiveFigures(JSON.parse(json) as DatabaseFile[]);
}
