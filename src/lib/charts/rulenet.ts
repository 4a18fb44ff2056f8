// A rule network: the items of the rules' antecedents on the left, their consequents on the right, one line per
// (antecedent item, consequent) with its width from the rule's lift. Items are coloured by kind. Rows: one per
// antecedent item of a rule — `x` the item, `y` the consequent, `fill` the lift, `series` the item's kind; a rule
// with two items in its antecedent gives two rows (its `label` joins them).
import * as Plot from '@observablehq/plot';
import type { ChartFn } from './types';
import { baseStyle, kindColours, palette } from './theme';

export const rulenet: ChartFn = (rows, o, { document, width }) => {
	const source = o.x ?? 'x';
	const target = o.y ?? 'y';
	const value = o.fill ?? 'lift';
	const kind = o.series ?? 'kind';
	const kindOf = new Map<string, string>();
	for (const r of rows) kindOf.set(String(r[source]), String(r[kind]));
	const kinds = Object.keys(kindColours);
	const order = (a: string, b: string) => kinds.indexOf(kindOf.get(a) ?? '') - kinds.indexOf(kindOf.get(b) ?? '') || (a < b ? -1 : a > b ? 1 : 0);
	const left = [...new Set(rows.map((r) => String(r[source])))].sort(order);
	const right = [...new Set(rows.map((r) => String(r[target])))].sort();
	const n = Math.max(left.length, right.length, 1);
	// Both columns are spread over the same height, centred.
	const yOf = (list: string[], name: string) => (n - list.length) / 2 + list.indexOf(name);
	const values = rows.map((r) => Number(r[value])).filter(Number.isFinite);
	const max = Math.max(1.0001, ...values);
	const strokeWidth = (v: number) => 0.75 + 5 * Math.max(0, (v - 1) / (max - 1));
	const narrow = width < 520;
	const links = rows.map((r) => ({
		...r,
		y1: yOf(left, String(r[source])),
		y2: yOf(right, String(r[target])),
		w: strokeWidth(Number(r[value]))
	}));
	const nodesL = left.map((name) => ({ name, y: yOf(left, name), kind: kindOf.get(name) ?? '' }));
	const nodesR = right.map((name) => ({ name, y: yOf(right, name), kind: 'financial product' }));
	const colour = (k: string) => kindColours[k] ?? palette[6]!;
	return Plot.plot({
		document,
		width,
		height: o.height ?? 40 + (narrow ? 22 : 26) * n,
		// room for the longest label on each side (about 6.4 px a character at 11 px, 7.6 at 13 px)
		marginLeft: Math.min(Math.round(width * 0.4), Math.round(16 + (narrow ? 6.4 : 7.6) * Math.max(8, ...left.map((l) => l.length)))),
		marginRight: Math.min(Math.round(width * 0.4), Math.round(16 + (narrow ? 6.4 : 7.6) * Math.max(8, ...right.map((l) => l.length)))),
		marginTop: 20,
		marginBottom: 10,
		style: { ...baseStyle, fontSize: narrow ? '11px' : '13px' },
		x: { axis: null, domain: [0, 1] },
		y: { axis: null, domain: [-0.5, n - 0.5], reverse: true },
		marks: [
			Plot.link(links, {
				x1: 0,
				y1: 'y1',
				x2: 1,
				y2: 'y2',
				stroke: (d) => colour(String(d[kind])),
				strokeOpacity: 0.55,
				strokeWidth: 'w',
				curve: 'bump-x',
				title: (d) => `${d[o.label ?? source]} → ${d[target]}: lift ${Number(d[value]).toFixed(2)}`
			}),
			Plot.dot(nodesL, { x: 0, y: 'y', r: 5, fill: (d) => colour(d.kind) }),
			Plot.dot(nodesR, { x: 1, y: 'y', r: 5, fill: (d) => colour(d.kind) }),
			Plot.text(nodesL, { x: 0, y: 'y', text: 'name', dx: -9, textAnchor: 'end', fill: 'currentColor' }),
			Plot.text(nodesR, { x: 1, y: 'y', text: 'name', dx: 9, textAnchor: 'start', fill: 'currentColor' }),
			Plot.text([{ t: 'Antecedent items' }], { x: 0, y: -0.5, text: 't', dy: -10, textAnchor: 'end', fontWeight: 'bold', fill: 'currentColor' }),
			Plot.text([{ t: 'Product' }], { x: 1, y: -0.5, text: 't', dy: -10, textAnchor: 'start', fontWeight: 'bold', fill: 'currentColor' })
		]
	});
};
