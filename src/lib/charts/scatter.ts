// Dots of two numeric columns (the playground draws a result of two numbers this way), coloured by an optional series.
import * as Plot from '@observablehq/plot';
import type { ChartFn } from './types';
import { baseStyle, palette } from './theme';

export const scatter: ChartFn = (rows, o, { document, width }) => {
	const x = o.x ?? 'x';
	const y = o.y ?? 'y';
	return Plot.plot({
		document,
		width,
		height: o.height ?? Math.round(Math.min(420, Math.max(260, width * 0.55))),
		marginLeft: 56,
		style: baseStyle,
		x: { label: o.xLabel ?? x, grid: true },
		y: { label: o.yLabel ?? y, grid: true },
		color: { range: palette, legend: Boolean(o.series) },
		marks: [Plot.dot(rows, { x, y, stroke: o.series ?? palette[0], r: 2.5, tip: rows.length <= 5000 })]
	});
};
