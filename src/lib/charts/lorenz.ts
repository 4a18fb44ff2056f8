// Lorenz curve: the cumulative share of customers (poorest first) against their cumulative share of spend.
// The dashed diagonal is perfect equality; the shaded gap between it and the first curve is the inequality a
// Gini coefficient measures. Shares may come as fractions or as percentages (x above 1.5 means percent; y is
// read the same way on its own) and are drawn as 0..1 with percent ticks. A Lorenz curve runs from (0, 0) to
// (1, 1), so those ends are added when the query leaves them out.
import * as Plot from '@observablehq/plot';
import type { ChartFn } from './types';
import { baseStyle, fontFamily, palette } from './theme';

interface Point {
	x: number;
	y: number;
	s: string;
	note: string | null;
}

const num = (v: unknown) => (v === null || v === undefined || v === '' ? NaN : Number(v));
const pct = (v: number) => `${Math.round(v * 100)}%`;

/** 1 for shares given as fractions, 100 for percentages: decided by the largest value. */
export const shareScale = (values: number[]) => (Math.max(...values.filter(Number.isFinite)) > 1.5 ? 100 : 1);

export const lorenz: ChartFn = (rows, o, { document, width }) => {
	const [x, y, z, note] = [o.x ?? 'x', o.y ?? 'y', o.series, o.annotate];
	const sx = shareScale(rows.map((d) => num(d[x])));
	const sy = shareScale(rows.map((d) => num(d[y])));
	const text = (v: unknown) => (v === null || v === undefined || v === '' ? null : String(v));
	const points: Point[] = rows
		.map((d) => ({ x: num(d[x]) / sx, y: num(d[y]) / sy, s: z ? String(d[z]) : '', note: note ? text(d[note]) : null }))
		.filter((p) => Number.isFinite(p.x) && Number.isFinite(p.y));
	const names = [...new Set(points.map((p) => p.s))];
	const curves = names.map((s) => {
		const c = points.filter((p) => p.s === s).sort((a, b) => a.x - b.x || a.y - b.y);
		if (c[0]!.x > 0) c.unshift({ x: 0, y: 0, s, note: null });
		if (c[c.length - 1]!.x < 1) c.push({ x: 1, y: 1, s, note: null });
		return c;
	});
	const notes = points.filter((p) => p.note !== null);
	const height = o.height ?? Math.min(width, 420);
	const [mt, mr, mb, ml] = [26, 22, 40, 48]; // mr: half of the last tick, "100%", at 13 px (18 px cut its "%" by 1 px)
	// The diagonal's angle on screen, so that its label lies along it at any aspect.
	const angle = (-Math.atan2(height - mt - mb, width - ml - mr) * 180) / Math.PI;
	const colour = (s: string) => palette[names.indexOf(s) % palette.length]!;
	const ticks = [0, 0.2, 0.4, 0.6, 0.8, 1];
	const noteMark = (ps: Point[], right: boolean) =>
		Plot.text(ps, {
			x: 'x',
			y: 'y',
			text: 'note',
			textAnchor: right ? 'start' : 'end',
			dx: right ? 8 : -8,
			dy: -2,
			fontWeight: 'bold',
			// On a phone the note wraps (at about 12 characters) instead of running over the axis.
			lineWidth: width < 500 ? 12 : undefined,
			stroke: 'var(--bg, white)',
			strokeWidth: 4,
			paintOrder: 'stroke',
			fill: 'currentColor'
		});
	const chart = Plot.plot({
		document,
		width,
		height,
		marginTop: mt,
		marginRight: mr,
		marginBottom: mb,
		marginLeft: ml,
		style: baseStyle,
		x: { domain: [0, 1], ticks, tickFormat: pct, grid: true, label: o.xLabel ?? 'Share of customers (poorest first)', labelAnchor: 'center', labelArrow: 'none' },
		y: { domain: [0, 1], ticks, tickFormat: pct, grid: true, label: o.yLabel ?? 'Share of spend', labelArrow: 'none' },
		marks: [
			Plot.areaY(curves[0] ?? [], { x: 'x', y1: 'y', y2: 'x', fill: colour(names[0] ?? ''), fillOpacity: 0.12 }),
			Plot.line([[0, 0], [1, 1]], { stroke: 'var(--chart-muted)', strokeWidth: 1.25, strokeDasharray: '5,4' }),
			Plot.text([[0.75, 0.75]], { text: () => 'Equality', rotate: angle, dy: -8, fill: 'var(--chart-muted)' }),
			...curves.map((c) => Plot.line(c, { x: 'x', y: 'y', stroke: colour(c[0]!.s), strokeWidth: 2.25 })),
			Plot.dot(curves.flat(), Plot.pointerX({ x: 'x', y: 'y', fill: (p: Point) => colour(p.s), r: 4 })),
			Plot.tip(curves.flat(), Plot.pointerX({ x: 'x', y: 'y', title: (p: Point) => `${p.s ? `${p.s}: ` : ''}${pct(p.x)} of customers, ${pct(p.y)}` })),
			Plot.dot(notes, { x: 'x', y: 'y', r: 4, fill: (p: Point) => colour(p.s), stroke: 'var(--bg)' }),
			noteMark(notes.filter((p) => p.x <= 0.5), true),
			noteMark(notes.filter((p) => p.x > 0.5), false)
		]
	});
	if (!z) return chart;
	// The curves all meet at (1, 1): a legend names them rather than end labels.
	const wrap = document.createElement('div');
	wrap.setAttribute('class', 'lorenz');
	// Plot.legend reads `document` as Plot.plot does (its type declarations leave it out).
	wrap.append(Plot.legend({ ...{ document }, color: { domain: names, range: names.map(colour) }, style: { fontFamily } }), chart);
	return wrap;
};
