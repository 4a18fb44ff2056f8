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
	// width and wrap onto a second line there (Plot's lineWidth, in ems of the 13 px type: ~0.55 em a character).
	const longest = Math.max(0, ...labels.map((l) => l.length));
	const marginLeft = Math.min(Math.max(230, Math.round(longest * 7.2 + 16)), Math.round(width * (longest > 34 ? 0.55 : 0.38)));
	const wraps = longest * 7.2 + 16 > marginLeft;
	return Plot.plot({
		document,
		width,
		height: o.height ?? 60 + (wraps ? 40 : rows.length > 12 ? 24 : 38) * Math.max(1, rows.length),
		marginLeft,
		marginRight: 56,
		marginBottom: 44,
		style: baseStyle,
		x: { label: o.xLabel ?? null, labelAnchor: 'center', labelOffset: 34, grid: true, nice: true },
		y: { label: null, domain: labels, ...(wraps ? { lineWidth: (marginLeft - 14) / 13, textOverflow: 'ellipsis' as const } : {}) },
		color: o.series ? { ...seriesColours(rows.map((d) => d[o.series!])), legend: true } : undefined,
		marks: [
			Plot.barX(shown, { x, y, fill: o.series ?? palette[0], tip: true }),
			Plot.text(shown, { x, y, text: (d) => fmt(d[x]), dx: 4, textAnchor: 'start', fill: 'currentColor' }),
			Plot.ruleX([0]),
			o.pivot === undefined ? null : Plot.ruleX([o.pivot], { stroke: 'currentColor', strokeDasharray: '4 3' })
		]
	});
};
