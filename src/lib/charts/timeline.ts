// Milestones as a dated list: one row per event (its date, actor and text as the row label) and a dot on a
// shared time axis, coloured by who acted. Reads like a table, shows the rhythm like a timeline.
import * as Plot from '@observablehq/plot';
import type { ChartFn } from './types';
import { baseStyle, laneColours } from './theme';
import { LABEL_CHAR, wrapLabel } from './labels';

/** A narrow character of the 11.5 px row labels. */
const TICK_CHAR = (LABEL_CHAR * 11.5) / 13;

export const timeline: ChartFn = (rows, o, { document, width }) => {
	const x = o.x ?? 'date';
	const lane = o.facet ?? 'actor_type';
	// On a phone the event text cannot fit: rows show date and actor, the tooltip and the data table the event.
	const full = (d: Record<string, unknown>) => `${d.date_text}  ${d.actor}: ${d.event}`;
	const short = (d: Record<string, unknown>) => `${d.date_text}  ${d.actor}`;
	const unique = new Set(rows.map(short)).size === rows.length; // two events of one actor on one date need the text
	const label = width < 500 && unique ? short : full;
	const marginLeft = Math.round(width * (width < 500 ? 0.42 : 0.58));
	// A label longer than the margin goes onto a second line (Plot breaks at "\n"); the rest of a longer one is cut
	// with an ellipsis: the tooltip and the data table hold the whole event. Our own wrapping, which counts a Chinese
	// character a whole em (Plot's counts it an "e").
	const perLine = Math.floor((marginLeft - 12) / TICK_CHAR);
	const lined = (v: string): string[] => wrapLabel(v, perLine, 2);
	const wrapped = new Map(rows.map((d): [string, string[]] => [label(d), lined(label(d))]));
	const lines = Math.max(1, ...[...wrapped.values()].map((l) => l.length));
	// The legend names the lanes the rows hold (a chosen year can leave one out); each keeps its colour.
	const present = Object.keys(laneColours).filter((k) => rows.some((d) => d[lane] === k));
	const lanes = present.length ? present : Object.keys(laneColours);
	return Plot.plot({
		document,
		width,
		height: 56 + (lines > 1 ? 32 : 22) * Math.max(rows.length, 1),
		marginLeft,
		marginRight: 16,
		marginTop: 40,
		style: baseStyle,
		x: { label: null, type: 'utc', axis: 'top', grid: true, ticks: Math.max(3, Math.floor((width - marginLeft) / 60)) },
		y: { label: null, domain: rows.map(label), axis: null },
		color: { domain: lanes, range: lanes.map((k) => laneColours[k]!), legend: true },
		marks: [
			Plot.axisY({ tickSize: 0, fontSize: 11.5, tickFormat: (v: string) => (wrapped.get(v) ?? lined(v)).join('\n') }),
			Plot.ruleY(rows, { y: label, stroke: 'var(--chart-rule)' }),
			Plot.dot(rows, { x, y: label, r: 5, fill: lane, stroke: 'var(--bg)', title: (d) => `${full(d)}\n(${d.source_name})` })
		]
	});
};
