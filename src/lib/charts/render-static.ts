// Build-time rendering: the chart as an SVG string for the prerendered page. Server only: the Vite config
// swaps this module for a stub in the browser bundle (the browser keeps the prerendered SVG and redraws
// with the real DOM when the figure turns live), so neither linkedom nor Plot weighs on first paint.
import { parseHTML } from 'linkedom';
import { charts, type ChartKind } from './index';
import type { ChartOptions } from './types';
import type { Row } from '$lib/db/types';

export const STATIC_WIDTH = 680;

export function renderStatic(kind: ChartKind, rows: Row[], options: ChartOptions): string {
	const { document } = parseHTML('<!doctype html><html><body></body></html>');
	const el = charts[kind](rows, options, { document: document as unknown as Document, width: STATIC_WIDTH });
	return el.outerHTML;
}
