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
	const labels = [...new Set(rows.map((d) => String(d[y])))];
	// Long labels (rules such as "cat:precious_metals + seg:deposit_high → fin:wealth_mgmt") get up to 55 % of the
	// width and wrap there (Plot's lineWidth is in ems, about two characters each).
	const longest = Math.max(0, ...labels.map((l) => l.length));
	const marginLeft = Math.min(Math.max(230, Math.round(longest * 7.2 + 16)), Math.round(width * (longest > 34 ? 0.55 : 0.38)));
	const wraps = longest * 7.2 + 16 > marginLeft;
	const lines = wraps ? Math.ceil((longest * 7.2) / (marginLeft - 14)) : 1;
	return Plot.plot({
		document,
		width,
		height: o.height ?? 60 + (wraps ? 16 * lines + 10 : rows.length > 12 ? 24 : 38) * Math.max(1, rows.length),
		marginLeft,
		marginRight: 56,
		marginBottom: 44,
		style: baseStyle,
		x: { label: o.xLabel ?? null, labelAnchor: 'center', labelOffset: 34, grid: true, nice: true },
		y: { label: null, domain: labels },
		color: o.series ? { ...seriesColours(rows.map((d) => d[o.series!])), legend: true } : undefined,
		marks: [
			Plot.barX(shown, { x, y, fill: o.series ?? palette[0], tip: true }),
			Plot.text(shown, { x, y, text: (d) => fmt(d[x]), dx: 4, textAnchor: 'start', fill: 'currentColor' }),
			Plot.ruleX([0]),
			// wrapped tick labels (the axis mark replaces the implicit one)
			wraps ? Plot.axisY({ label: null, lineWidth: (marginLeft - 14) / 14.4, tickSize: 4 }) : null,
			o.pivot === undefined ? null : Plot.ruleX([o.pivot], { stroke: 'currentColor', strokeDasharray: '4 3' })
		]
	});
};
