// Milestones on a time axis, one lane per actor type; dots dodge so that events close in time stay apart.
// Each dot carries the event text as its tooltip; bank events are labelled with their actor.
import * as Plot from '@observablehq/plot';
import type { ChartFn } from './types';
import { baseStyle, laneColours } from './theme';

export const timeline: ChartFn = (rows, o, { document, width }) => {
	const x = o.x ?? 'date';
	const lane = o.facet ?? 'actor_type';
	const lanes = [...new Set(rows.map((d) => String(d[lane])))];
	return Plot.plot({
		document,
		width,
		height: o.height ?? 110 + 80 * lanes.length,
		marginLeft: 78,
		marginRight: 24,
		style: baseStyle,
		x: { label: null, type: 'utc', grid: true },
		fy: { label: null, domain: lanes },
		color: { domain: Object.keys(laneColours), range: Object.values(laneColours) },
		marks: [
			Plot.dot(rows, Plot.dodgeY('middle', { x, fy: lane, r: 5, fill: lane, stroke: 'white', strokeWidth: 0.8, title: (d) => `${d.date_text} · ${d.actor}\n${d.event}`, tip: true })),
			Plot.frame({ anchor: 'bottom', stroke: '#999' })
		]
	});
};
