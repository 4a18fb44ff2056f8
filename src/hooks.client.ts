// Runs when the app starts in the browser, before the page's components load and hydrate: the earliest moment
// to schedule the in-browser database on a page with figures (the data files come from the prerendered page), and
// to have text shaped again once the site's CJK font is in (../lib/font/reshape.ts).
// Hydration (SvelteKit awaits init) follows once DuckDB's worker runs, or after HYDRATION_WAITS_MS at most.
import { startLiveFigures } from '$lib/figure/live.svelte';
import type { DatabaseFile } from '$lib/db/types';
import { reshapeWhenCjkFontLoads } from '$lib/font/reshape';

/** The longest hydration waits for DuckDB's worker to start (a slow network: the page hydrates meanwhile). */
const HYDRATION_WAITS_MS = 800;

export async function init() {
	reshapeWhenCjkFontLoads();
	const json = document.querySelector<HTMLElement>('main[data-databases]')?.dataset.databases;
	if (!json) return;
	const started = startLiveFigures(JSON.parse(json) as DatabaseFile[]);
	await Promise.race([started, new Promise((resolve) => setTimeout(resolve, HYDRATION_WAITS_MS))]);
}
