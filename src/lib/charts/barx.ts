// Horizontal bars with the value printed at the end of each bar: for rankings such as growth rates. With `pivot`
// (an index where 100 = average), a dashed rule marks the pivot so over- and under-indexing read at a glance.
// With `series`, bars are coloured by that column (with a legend): basket items by kind.
import * as Plot from '@observablehq/plot';
import type { ChartFn } from './types';
import { baseStyle, logScale, palette, seriesColours } from './theme';
import { sameDecimals } from '$lib/format/decimals';
import { fitCentred, LABEL_CHAR, units, wrapLabel } from './labels';

export const barx: ChartFn = (rows, o, { document, width }) => {
	const x = o.x ?? 'x';
	const y = o.y ?? 'y';
	const shown = rows.filter((d) => typeof d[x] === 'number');
	const number = sameDecimals(shown.map((d) => Number(d[x])));
	const fmt = (v: unknown) => (typeof v === 'number' ? `${number(v)}${o.percent ? ' %' : ''}` : '');
	// The text at a bar's end: a label column (e.g. the figure as the source wrote it, "> 400"), else the value.
	const end = (d: Record<string, unknown>) => (o.label ? String(d[o.label] ?? '') : fmt(d[x]));
	const low = (d: Record<string, unknown>) => o.confidence !== undefined && d[o.confidence] === 'low';
	// On a log axis bars start at the power of ten below the smallest value (a log axis has no zero).
	const log = logScale(rows, o.scaleType);
	const positive = shown.map((d) => Number(d[x])).filter((v) => v > 0);
	const floor = 10 ** Math.floor(Math.log10(positive.length ? positive.reduce((a, b) => Math.min(a, b)) : 1));
	// Room on the right for the longest end text (a label such as "more than 800 billion yuan" is long).
	// (At LABEL_CHAR a character: at 6.6, "> 10000" ran 3 px past the chart's edge.)
	const endRoom = Math.min(Math.round(width * 0.3), Math.max(56, Math.round(shown.reduce((most, d) => Math.max(most, end(d).length), 0) * LABEL_CHAR + 12)));
	// And room left of zero for the text beside a negative bar: without it "-1.2" ran into that bar's name.
	const startRoom = shown.reduce((most, d) => (Number(d[x]) < 0 ? Math.max(most, Math.round(end(d).length * LABEL_CHAR + 8)) : most), 0);
	const labels = [...new Set(rows.map((d) => String(d[y])))];
	// Long labels (rules such as "cat:precious_metals + seg:deposit_high → fin:wealth_mgmt") get up to 55 % of the
	// width and wrap there.
	const longest = Math.max(0, ...labels.map(units));
	const marginLeft = Math.min(Math.max(230, Math.round(longest * LABEL_CHAR + 16)), Math.round(width * (longest > 34 ? 0.55 : 0.38)));
	const wraps = longest * LABEL_CHAR + 16 > marginLeft;
	const wrapped = new Map(wraps ? labels.map((l): [string, string[]] => [l, wrapLabel(l, Math.floor((marginLeft - 14) / LABEL_CHAR))]) : []);
	const lines = Math.max(1, ...[...wrapped.values()].map((w) => w.length));
	// The axis label is centred under the bars; one wider than the room either side of that centre goes onto lines
	// (Plot breaks a label at "\n"): on a phone "Years before the bank mall opened (negative: after) →" ran 68 px
	// past the chart's right edge.
	const axisLabel = fitCentred(log ? `${o.xLabel ?? ''} (log scale)` : (o.xLabel ?? null), marginLeft, width - endRoom, width);
	const below = 12 * (axisLabel?.split('\n').length ?? 1) - 12;
	return Plot.plot({
		document,
		width,
		height: o.height ?? 60 + (wraps ? 16 * lines + 10 : rows.length > 12 ? 24 : 38) * Math.max(1, rows.length),
		marginLeft,
		marginRight: endRoom,
		marginBottom: 44 + below,
		style: baseStyle,
		x: log
			? { type: 'log', label: axisLabel, labelAnchor: 'center', labelOffset: 34 + below, grid: true, tickFormat: '~s' }
			: { label: axisLabel, labelAnchor: 'center', labelOffset: 34 + below, grid: true, nice: true, insetLeft: startRoom },
		y: { label: null, domain: labels },
		color: o.series ? { ...seriesColours(rows.map((d) => d[o.series!])), legend: true } : undefined,
		marks: [
			Plot.barX(shown, { ...(log ? { x1: floor, x2: x } : { x }), y, fill: o.series ?? palette[0], fillOpacity: (d) => (low(d) ? 0.45 : 1), tip: true }),
			// the text outside the bar's end: right of a positive bar, left of a negative one
			Plot.text(shown.filter((d) => Number(d[x]) >= 0), { x, y, text: end, dx: 4, textAnchor: 'start', fill: 'currentColor' }),
			Plot.text(shown.filter((d) => Number(d[x]) < 0), { x, y, text: end, dx: -4, textAnchor: 'end', fill: 'currentColor' }),
			log ? null : Plot.ruleX([0]),
			// wrapped tick labels (the axis mark replaces the implicit one)
			wraps ? Plot.axisY({ label: null, tickFormat: (l: string) => (wrapped.get(l) ?? [l]).join('\n'), tickSize: 4 }) : null,
			o.pivot === undefined ? null : Plot.ruleX([o.pivot], { stroke: 'currentColor', strokeDasharray: '4 3' })
		]
	});
};

