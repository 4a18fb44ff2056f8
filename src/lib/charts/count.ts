// Counts of rows by a category (one row per customer, say): Plot groups and counts them itself, so a figure can
// list every row (its CSV is the whole list) and still draw a summary. `x` the category, `series` stacks by another.
import * as Plot from '@observablehq/plot';
import type { ChartFn } from './types';
import { baseStyle, palette, seriesColours } from './theme';

export const count: ChartFn = (rows, o, { document, width }) => {
	const x = o.x ?? 'x';
	const domain = [...new Set(rows.map((d) => d[x]))].sort((a, b) => (typeof a === 'number' && typeof b === 'number' ? a - b : String(a) < String(b) ? -1 : String(a) > String(b) ? 1 : 0));
	return Plot.plot({
		document,
		width,
		height: o.height ?? Math.round(Math.min(380, Math.max(240, width * 0.45))),
		marginLeft: 60,
		marginBottom: 36,
		style: baseStyle,
		x: { label: o.xLabel ?? null, domain, padding: 0.2, tickFormat: (v: unknown) => String(v) },
		y: { label: o.yLabel ?? 'rows', grid: true },
		color: o.series ? { ...seriesColours(rows.map((d) => d[o.series!])), legend: true } : undefined,
		marks: [Plot.barY(rows, Plot.groupX({ y: 'count' }, { x, fill: o.series ?? palette[0], tip: true })), Plot.ruleY([0])]
	});
};
