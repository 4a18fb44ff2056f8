// The chart registry: a figure tag names its chart by kind; the same function draws on the server
// (with a DOM implementation) and in the browser.
import type { ChartFn } from './types';
import { line } from './line';
import { bar } from './bar';
import { timeline } from './timeline';
import { barx } from './barx';
import { heatmap } from './heatmap';
import { lorenz } from './lorenz';
import { rulenet } from './rulenet';
import { count } from './count';
import { quadrant } from './quadrant';
import { scatter } from './scatter';

const drawn = { line, bar, barx, timeline, heatmap, lorenz, rulenet, count, quadrant, scatter } satisfies Record<string, ChartFn>;
export type ChartKind = keyof typeof drawn;

/**
 * Plot names its mark groups (`<g aria-label="bar">`); inside a chart that is one image (role="img", labelled with
 * the figure's summary, its data in a table) those names are ARIA that the role prohibits, and say nothing a reader
 * needs: they are dropped. The root svg keeps its attributes.
 */
function asImage(fn: ChartFn): ChartFn {
	return (rows, options, env) => {
		const el = fn(rows, options, env);
		for (const named of el.querySelectorAll('g[aria-label], g[aria-description]')) {
			named.removeAttribute('aria-label');
			named.removeAttribute('aria-description');
		}
		return el;
	};
}

export const charts = Object.fromEntries(Object.entries(drawn).map(([k, fn]) => [k, asImage(fn)])) as Record<ChartKind, ChartFn>;

/**
 * A figure's chart draws at most this many rows. A reader's edited query can return hundreds of thousands (the
 * baskets step has 617,471): as bars that was a chart millions of pixels tall that froze the page, or a "Maximum
 * call stack size exceeded" in the SQL panel. The rest stay in the data table's count and in Download CSV.
 */
export const CHART_ROWS = 5000;

export function chartRows<T>(rows: T[]): { shown: T[]; total: number } {
	return { shown: rows.length > CHART_ROWS ? rows.slice(0, CHART_ROWS) : rows, total: rows.length };
}
