// Build-time rendering: the chart as an SVG string for the prerendered page. Server only: the Vite config
// swaps this module for a stub in the browser bundle (the browser keeps the prerendered SVG and redraws
// with the real DOM when the figure turns live), so neither linkedom nor Plot weighs on first paint.
import { parseHTML } from 'linkedom';
import { charts, type ChartKind } from './index';
import { staticRows } from './static-rows';
import type { ChartOptions } from './types';
import { describeChart } from './describe';

export const STATIC_WIDTH = 680;

export function renderStatic(kind: ChartKind, figureId: string, options: ChartOptions): string {
	const rows = staticRows.get(figureId);
	if (!rows) throw new Error(`No build-time result for figure "${figureId}": is its page loaded with loadFigures()?`);
	const { document } = parseHTML('<!doctype html><html><body></body></html>');
	const el = charts[kind](rows, options, { document: document as unknown as Document, width: STATIC_WIDTH });
	// Coordinates to a hundredth of a pixel: the same drawing, a third fewer bytes in the page.
	return el.outerHTML.replace(/(\d+\.\d\d)\d+/g, '$1');
}

/** The chart's text alternative from the build-time rows (the browser makes its own from the live rows). */
export function describeStatic(kind: ChartKind, figureId: string, options: ChartOptions): string {
	return describeChart(kind, staticRows.get(figureId) ?? [], options);
}
