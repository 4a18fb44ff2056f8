// Vertical bars; with `facet`, bars are grouped (fx = facet, x = series) so that disagreeing sources
// for the same year stand side by side.
import * as Plot from '@observablehq/plot';
import type { ChartFn } from './types';
import { baseStyle, palette, seriesColours, unitOf } from './theme';

export const bar: ChartFn = (rows, o, { document, width }) => {
	const x = o.x ?? 'x';
	const y = o.y ?? 'y';
	const grouped = o.facet !== undefined;
	const low = (d: Record<string, unknown>) => o.confidence !== undefined && d[o.confidence] === 'low';
	// Category names under the bars (the facets, or x itself when it is text) that do not fit side by side (long names
	// on a phone) are turned. Numbers (years) are short and stay flat.
	const under = grouped ? o.facet! : x;
	const names = rows.some((d) => typeof d[under] === 'string') || grouped ? [...new Set(rows.map((d) => String(d[under])))] : [];
	const longest = Math.max(0, ...names.map((f) => f.length));
	const turn = names.length * longest * 7 > width - 70;
	const turned = turn ? { tickRotate: -35 } : {};
	return Plot.plot({
		document,
		width,
		height: o.height ?? Math.round(Math.min(420, Math.max(260, width * 0.5))),
		marginLeft: turn ? Math.max(56, Math.round(longest * 4.4)) : 56,
		marginBottom: turn ? Math.round(26 + longest * 5.2) : grouped ? 36 : 30,
		style: baseStyle,
		fx: grouped
			? { label: turn ? null : (o.xLabel ?? null), tickFormat: typeof rows[0]?.[o.facet!] === 'number' ? 'd' : undefined, padding: 0.15, ...turned }
			: undefined,
		x: grouped ? { axis: null, paddingInner: 0.1 } : { label: turn ? null : (o.xLabel ?? null), tickFormat: typeof rows[0]?.[x] === 'number' ? 'd' : undefined, padding: 0.2, ...turned },
		y: { label: o.yLabel ?? unitOf(rows), grid: true, tickFormat: o.percent ? (v: number) => `${v}%` : undefined },
		color: { ...seriesColours(o.series ? rows.map((d) => d[o.series!]) : []), legend: Boolean(o.series) },
		marks: [
			Plot.barY(rows, {
				fx: o.facet,
				x,
				y,
				fill: o.series ?? palette[0],
				fillOpacity: (d) => (low(d) ? 0.35 : 1),
				stroke: o.series ?? palette[0],
				tip: true
			}),
			// A lower bound ("more than …") gets a '≥' above its bar.
			Plot.text(rows.filter((d) => o.qualifier !== undefined && d[o.qualifier] === 'lower_bound'), { fx: o.facet, x, y, text: () => '≥', dy: -8, fontWeight: 'bold' }),
			Plot.ruleY([0])
		]
	});
};
