// A chapter page hands its figures' build-time results to the figure tags in its essay, with the page's store of
// shared parameters (shared.svelte.ts) and its steps (steps.svelte.ts).
import { getContext, setContext } from 'svelte';
import type { FigureData } from './figure-data';
import { SharedParams } from './shared.svelte';
import { Steps } from './steps.svelte';

const KEY = Symbol('figures');

interface PageFigures {
	figures: Record<string, FigureData>;
	shared: SharedParams;
	steps: Steps;
}

export const setFigures = (figures: Record<string, FigureData>) => setContext<PageFigures>(KEY, { figures, shared: new SharedParams(), steps: new Steps() });

export function getFigure(id: string): FigureData {
	const fig = getContext<PageFigures | undefined>(KEY)?.figures[id];
	if (!fig) throw new Error(`No SQL block with id=${id} in this essay.`);
	return fig;
}

export function getShared(): SharedParams {
	const page = getContext<PageFigures | undefined>(KEY);
	if (!page) throw new Error('Figures are used outside a page that called setFigures().');
	return page.shared;
}

export function getSteps(): Steps {
	const page = getContext<PageFigures | undefined>(KEY);
	if (!page) throw new Error('Figures are used outside a page that called setFigures().');
	return page.steps;
}
