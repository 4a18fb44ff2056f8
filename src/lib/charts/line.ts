// Line chart with dots: one line per series; hollow dots mark low-confidence values,
// carets mark lower bounds ("more than …").
import * as Plot from '@observablehq/plot';
import type { ChartFn } from './types';
import { baseStyle, logScale, palette, unitOf } from './theme';
import { LABEL_CHAR, units } from './labels';

const NAME_DX = 6; // a series name's distance from its last point
const LINE = 13; // a name's line height, px

/** A position on the x axis: a number, or a date (a Date or an ISO string) in ms. */
const at = (v: unknown) => (typeof v === 'number' ? v : v instanceof Date ? v.getTime() : Date.parse(String(v)));

export const line: ChartFn = (rows, o, { document, width }) => {
	const x = o.x ?? 'x';
	const y = o.y ?? 'y';
	const z = o.series;
	const low = (d: Record<string, unknown>) => o.confidence !== undefined && d[o.confidence] === 'low';
	const bound = (d: Record<string, unknown>) => o.qualifier !== undefined && d[o.qualifier] === 'lower_bound';
	const exact = rows.filter((d) => !bound(d));
	const step = o.xStep;
	const log = logScale(rows, o.scaleType); // a log axis has no zero: no zero rule, no zero in the domain
	// A missing year breaks the line: a row with no value between two points further apart than xStep.
	const gaps =
		step === undefined
			? []
			: rows.flatMap((d, i) => {
					const prev = rows[i - 1];
					const same = prev !== undefined && (z === undefined || prev[z] === d[z]);
					return same && Number(d[x]) - Number(prev[x]) > step ? [{ ...d, [x]: Number(d[x]) - step, [y]: null }] : [];
				});
	const lineRows = gaps.length ? [...rows, ...gaps].sort((a, b) => (z ? String(a[z]).localeCompare(String(b[z])) : 0) || Number(a[x]) - Number(b[x])) : rows;
	// Each series is named right of its last point, the right margin grown until every name fits beside its point.
	// Where that would take more than 30 % of the width (a phone), the names go into a legend above the chart
	// instead: beside the lines, "Online payment users" ran 28 px past the chart's edge at 390 px.
	const ends = z ? [...new Map(exact.filter((d) => d[y] !== null).map((d) => [String(d[z]), d])).values()] : [];
	const marginLeft = 56;
	const [x0, x1] = rows.reduce(
		([lo, hi], d) => {
			const v = at(d[x]);
			return Number.isFinite(v) ? [Math.min(lo, v), Math.max(hi, v)] : [lo, hi];
		},
		[Infinity, -Infinity]
	);
	const share = (d: Record<string, unknown>) => {
		const f = (at(d[x]) - x0) / (x1 - x0);
		return x1 > x0 && Number.isFinite(f) ? f : 1;
	};
	const inner = width - marginLeft;
	const needs = Math.max(
		110,
		...ends.map((d) => {
			const f = share(d);
			const right = inner - NAME_DX - units(String(d[z!])) * LABEL_CHAR;
			return f > 0 ? Math.ceil(inner - right / f) + 1 : 0;
		})
	);
	const named = ends.length > 0 && needs <= width * 0.3;
	const marginRight = named ? needs : 20;
	const height = o.height ?? Math.round(Math.min(420, Math.max(260, width * 0.55)));
	const pos = (d: Record<string, unknown>) => (log ? Math.log10(Math.max(Number(d[y]), 1e-9)) : Number(d[y]));
	const [lo, hi] = exact.reduce(([lo, hi], d) => (d[y] === null ? [lo, hi] : [Math.min(lo, pos(d)), Math.max(hi, pos(d))]), [0, 0]);
	const span = hi - lo || 1;
	const pxPerUnit = (height - 50) / span;
	// Names whose points nearly meet are pushed apart, a line (13 px) at a time.
	const nudge = new Map<string, number>();
	let below: number | undefined; // the centre of the name below, in px up from the axis
	for (const d of [...ends].sort((a, b) => pos(a) - pos(b))) {
		const own = pos(d) * pxPerUnit;
		const centre = below === undefined ? own : Math.max(own, below + LINE);
		nudge.set(String(d[z!]), own - centre);
		below = centre;
	}
	return Plot.plot({
		document,
		width,
		height,
		marginLeft,
		marginRight,
		style: baseStyle,
		x: { label: o.xLabel ?? null, tickFormat: typeof rows[0]?.[x] === 'number' ? 'd' : undefined, ticks: Math.min(12, Math.floor(width / 70)) },
		y: log
			? { type: 'log', label: `${o.yLabel ?? unitOf(rows) ?? ''} (log scale)`, grid: true, tickFormat: '~s' }
			: { label: o.yLabel ?? unitOf(rows), grid: true, zero: o.zero ?? true, tickFormat: o.percent ? (v: number) => `${v}%` : undefined },
		color: { range: palette, legend: z !== undefined && !named },
		marks: [
			o.zero === false || log ? null : Plot.ruleY([0]),
			// A bound is not a value: the line breaks there (NaN) and a triangle marks it.
			Plot.line(lineRows, { x, y: (d) => (bound(d) || d[y] === null ? NaN : d[y]), z, stroke: z ?? palette[0], strokeWidth: 2 }),
			// Hollow dots in a mark of their own: as a value of the series' fill channel, 'var(--bg, white)' became a
			// category of the colour scale (a palette colour, and an entry of the legend).
			Plot.dot(exact.filter((d) => !low(d)), { x, y, stroke: z ?? palette[0], fill: z ?? palette[0], r: 3.5, tip: true }),
			Plot.dot(exact.filter(low), { x, y, stroke: z ?? palette[0], fill: 'var(--bg, white)', r: 3.5, tip: true }),
			Plot.dot(rows.filter(bound), { x, y, stroke: z ?? palette[0], symbol: 'triangle', r: 5, title: () => 'lower bound (more than)' }),
			...(named ? ends : []).map((d) => Plot.text([d], { x, y, text: z, fill: z, dx: NAME_DX, dy: nudge.get(String(d[z!])) ?? 0, textAnchor: 'start' }))
		]
	});
};
