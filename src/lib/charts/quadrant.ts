// A strategic position on the four SWOT quadrants: the point P = (x, y), a line from the origin, the angle, and the
// four strategies named in their corners (SO top right, WO top left, WT bottom left, ST bottom right). Rows: one per
// position (`x`, `y`, and `label` for the text next to the point).
import * as Plot from '@observablehq/plot';
import type { ChartFn } from './types';
import { baseStyle, palette } from './theme';

export const quadrant: ChartFn = (rows, o, { document, width }) => {
	const x = o.x ?? 'x';
	const y = o.y ?? 'y';
	const pts = rows.filter((d) => typeof d[x] === 'number' && typeof d[y] === 'number');
	const m = Math.max(0.1, ...pts.flatMap((d) => [Math.abs(d[x] as number), Math.abs(d[y] as number)])) * 1.6;
	const size = Math.min(width, 560);
	// On a phone the full names of two corners would meet in the middle: the quadrant letters only (the point's
	// label and the table name the strategy).
	const short = size < 480;
	const corners = [
		{ x: m, y: m, t: short ? 'SO' : 'SO · aggressive', a: 'end' },
		{ x: -m, y: m, t: short ? 'WO' : 'WO · turnaround', a: 'start' },
		{ x: -m, y: -m, t: short ? 'WT' : 'WT · defensive', a: 'start' },
		{ x: m, y: -m, t: short ? 'ST' : 'ST · diversification', a: 'end' }
	];
	return Plot.plot({
		document,
		width: size,
		height: size,
		marginLeft: 50,
		marginBottom: 44,
		style: baseStyle,
		x: { domain: [-m, m], label: o.xLabel ?? 'S − W, ÷ 4 →', labelAnchor: 'center', labelOffset: 34, grid: true, nice: true },
		y: { domain: [-m, m], label: o.yLabel ?? '↑ O − T, ÷ 4', grid: true, nice: true },
		marks: [
			Plot.ruleX([0], { stroke: 'currentColor' }),
			Plot.ruleY([0], { stroke: 'currentColor' }),
			// one mark per corner: text anchor and offset are constants of a mark, not channels
			...corners.map((c) =>
				Plot.text([c], { x: 'x', y: 'y', text: 't', textAnchor: c.a as 'start' | 'end', dy: c.y > 0 ? 10 : -10, dx: c.x > 0 ? -4 : 4, fill: 'var(--chart-muted)', fontWeight: 'bold' })
			),
			Plot.link(pts, { x1: 0, y1: 0, x2: x, y2: y, stroke: palette[0], strokeWidth: 2, markerEnd: 'arrow' }),
			Plot.dot(pts, { x, y, r: 5, fill: palette[0], tip: true }),
			o.label ? Plot.text(pts, { x, y, text: o.label, dy: -14, fill: 'currentColor', fontWeight: 'bold' }) : null
		]
	});
};
