// Line chart with dots: one line per series; hollow dots mark low-confidence values,
// carets mark lower bounds ("more than …").
import * as Plot from '@observablehq/plot';
import type { ChartFn } from './types';
import { baseStyle, logScale, palette, unitOf } from './theme';

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
	// Each series is named at its last point; names whose points nearly meet are pushed apart (13 px each).
	const ends = z ? [...new Map(exact.filter((d) => d[y] !== null).map((d) => [String(d[z]), d])).values()] : [];
	const pos = (d: Record<string, unknown>) => (log ? Math.log10(Math.max(Number(d[y]), 1e-9)) : Number(d[y]));
	const all = exact.filter((d) => d[y] !== null).map(pos);
	const span = Math.max(...all, 0) - Math.min(...all, 0) || 1;
	const nudge = new Map<string, number>();
	let prev: { at: number; dy: number } | undefined;
	for (const d of [...ends].sort((a, b) => pos(a) - pos(b))) {
		const dy = prev && pos(d) - prev.at < span * 0.045 ? prev.dy - 13 : 0;
		nudge.set(String(d[z!]), dy);
		prev = { at: pos(d), dy };
	}
	return Plot.plot({
		document,
		width,
		height: o.height ?? Math.round(Math.min(420, Math.max(260, width * 0.55))),
		marginLeft: 56,
		marginRight: z ? 110 : 20,
		style: baseStyle,
		x: { label: o.xLabel ?? null, tickFormat: typeof rows[0]?.[x] === 'number' ? 'd' : undefined, ticks: Math.min(12, Math.floor(width / 70)) },
		y: log
			? { type: 'log', label: `${o.yLabel ?? unitOf(rows) ?? ''} (log scale)`, grid: true, tickFormat: '~s' }
			: { label: o.yLabel ?? unitOf(rows), grid: true, zero: o.zero ?? true, tickFormat: o.percent ? (v: number) => `${v}%` : undefined },
		color: { range: palette },
		marks: [
			o.zero === false || log ? null : Plot.ruleY([0]),
			// A bound is not a value: the line breaks there (NaN) and a triangle marks it.
			Plot.line(lineRows, { x, y: (d) => (bound(d) || d[y] === null ? NaN : d[y]), z, stroke: z ?? palette[0], strokeWidth: 2 }),
			Plot.dot(exact, { x, y, stroke: z ?? palette[0], fill: (d) => (low(d) ? 'var(--bg, white)' : z ? d[z] : palette[0]), r: 3.5, tip: true }),
			Plot.dot(rows.filter(bound), { x, y, stroke: z ?? palette[0], symbol: 'triangle', r: 5, title: () => 'lower bound (more than)' }),
			...ends.map((d) => Plot.text([d], { x, y, text: z, fill: z, dx: 6, dy: nudge.get(String(d[z!])) ?? 0, textAnchor: 'start' }))
		]
	});
};
