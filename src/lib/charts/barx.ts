// Horizontal bars with the value printed at the end of each bar: for rankings such as growth rates. With `pivot`
// (an index where 100 = average), a dashed rule marks the pivot so over- and under-indexing read at a glance.
// With `series`, bars are coloured by that column (with a legend): basket items by kind.
import * as Plot from '@observablehq/plot';
import type { ChartFn } from './types';
import { baseStyle, palette, seriesColours } from './theme';

export const barx: ChartFn = (rows, o, { document, width }) => {
	const x = o.x ?? 'x';
	const y = o.y ?? 'y';
	const shown = rows.filter((d) => typeof d[x] === 'number');
	const fmt = (v: unknown) => (typeof v === 'number' ? `${v}${o.percent ? ' %' : ''}` : '');
	return Plot.plot({
		document,
		width,
		height: o.height ?? 60 + (rows.length > 12 ? 24 : 38) * Math.max(1, rows.length),
		marginLeft: Math.min(230, Math.round(width * 0.38)),
		marginRight: 56,
		marginBottom: 44,
		style: baseStyle,
		x: { label: o.xLabel ?? null, labelAnchor: 'center', labelOffset: 34, grid: true, nice: true },
		y: { label: null, domain: [...new Set(rows.map((d) => String(d[y])))] },
		color: o.series ? { ...seriesColours(rows.map((d) => d[o.series!])), legend: true } : undefined,
		marks: [
			Plot.barX(shown, { x, y, fill: o.series ?? palette[0], tip: true }),
			Plot.text(shown, { x, y, text: (d) => fmt(d[x]), dx: 4, textAnchor: 'start', fill: 'currentColor' }),
			Plot.ruleX([0]),
			o.pivot === undefined ? null : Plot.ruleX([o.pivot], { stroke: 'currentColor', strokeDasharray: '4 3' })
		]
	});
};
