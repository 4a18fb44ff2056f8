// Line chart with dots: one line per series; hollow dots mark low-confidence values,
// carets mark lower bounds ("more than …").
import * as Plot from '@observablehq/plot';
import type { ChartFn } from './types';
import { baseStyle, palette, unitOf } from './theme';

export const line: ChartFn = (rows, o, { document, width }) => {
	const x = o.x ?? 'x';
	const y = o.y ?? 'y';
	const z = o.series;
	const low = (d: Record<string, unknown>) => o.confidence !== undefined && d[o.confidence] === 'low';
	const bound = (d: Record<string, unknown>) => o.qualifier !== undefined && d[o.qualifier] === 'lower_bound';
	const exact = rows.filter((d) => !bound(d));
	const step = o.xStep;
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
	return Plot.plot({
		document,
		width,
		height: o.height ?? Math.round(Math.min(420, Math.max(260, width * 0.55))),
		marginLeft: 56,
		marginRight: z ? 110 : 20,
		style: baseStyle,
		x: { label: o.xLabel ?? null, tickFormat: typeof rows[0]?.[x] === 'number' ? 'd' : undefined, ticks: Math.min(12, Math.floor(width / 70)) },
		y: { label: o.yLabel ?? unitOf(rows), grid: true, zero: o.zero ?? true, tickFormat: o.percent ? (v: number) => `${v}%` : undefined },
		color: { range: palette },
		marks: [
			o.zero === false ? null : Plot.ruleY([0]),
			// A bound is not a value: the line breaks there (NaN) and a triangle marks it.
			Plot.line(lineRows, { x, y: (d) => (bound(d) || d[y] === null ? NaN : d[y]), z, stroke: z ?? palette[0], strokeWidth: 2 }),
			Plot.dot(exact, { x, y, stroke: z ?? palette[0], fill: (d) => (low(d) ? 'var(--bg, white)' : z ? d[z] : palette[0]), r: 3.5, tip: true }),
			Plot.dot(rows.filter(bound), { x, y, stroke: z ?? palette[0], symbol: 'triangle', r: 5, title: () => 'lower bound (more than)' }),
			z ? Plot.text(exact, Plot.selectLast({ x, y, z, text: z, fill: z, dx: 6, textAnchor: 'start' })) : null
		]
	});
};
