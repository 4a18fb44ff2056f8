// A chapter page hands its figures' build-time results to the figure tags in its essay.
import { getContext, setContext } from 'svelte';
import type { FigureData } from './figure-data';

const KEY = Symbol('figures');

export const setFigures = (figures: Record<string, FigureData>) => setContext(KEY, figures);

export function getFigure(id: string): FigureData {
	const figures = getContext<Record<string, FigureData> | undefined>(KEY);
	const fig = figures?.[id];
	if (!fig) throw new Error(`No SQL block with id=${id} in this essay.`);
	return fig;
}
