// A chart's text alternative: one sentence generated from the rows it draws (so it stays true when a reader changes
// a control), read by screen readers as the chart's label; the data table holds every value.
import type { Row } from '$lib/db/types';
import type { ChartKind } from './index';
import type { ChartOptions } from './types';
import { formatCount, numberFormat } from '$lib/format/number-format';

const num = numberFormat('en', { maximumSignificantDigits: 4 });
// a year is written as a year (2014, not 2,014)
const show = (v: unknown): string =>
	typeof v === 'number' ? (Number.isInteger(v) && v >= 1800 && v <= 2100 ? String(v) : num.format(v)) : v instanceof Date ? v.toISOString().slice(0, 10) : v === null || v === undefined ? 'no value' : String(v);
const numeric = (rows: Row[], col: string) => rows.filter((r) => typeof r[col] === 'number' && Number.isFinite(r[col]));

/** Highest and lowest of `value` among the rows, each named by `name`. */
function extremes(rows: Row[], value: string, name: (r: Row) => string): string {
	const vs = numeric(rows, value);
	if (!vs.length) return '';
	const [hi, lo] = vs.reduce<[Row, Row]>(([h, l], r) => [Number(r[value]) > Number(h[value]) ? r : h, Number(r[value]) < Number(l[value]) ? r : l], [vs[0]!, vs[0]!]);
	return vs.length === 1 ? `${name(hi)}: ${show(hi[value])}` : `highest ${name(hi)}: ${show(hi[value])}; lowest ${name(lo)}: ${show(lo[value])}`;
}

export function describeChart(kind: ChartKind, rows: Row[], o: ChartOptions): string {
	if (!rows.length) return 'No rows to draw.';
	const [x, y] = [o.x ?? 'x', o.y ?? 'y'];
	const count = (one: string, many: string) => `${formatCount(rows.length)} ${rows.length === 1 ? one : many}`;
	const n = count('row', 'rows');
	switch (kind) {
		case 'line': {
			const groups = new Map<string, Row[]>();
			for (const r of numeric(rows, y)) groups.set(o.series ? String(r[o.series]) : '', [...(groups.get(o.series ? String(r[o.series]) : '') ?? []), r]);
			const parts = [...groups].slice(0, 5).map(([s, g]) => `${s ? `${s}: ` : ''}${show(g[0]![y])} (${show(g[0]![x])}) to ${show(g.at(-1)![y])} (${show(g.at(-1)![x])})`);
			return `${parts.join('; ')}${groups.size > 5 ? `; and ${groups.size - 5} more series` : ''}.`;
		}
		case 'bar':
		case 'count':
			return `${n}; ${extremes(rows, y, (r) => [o.facet ? show(r[o.facet]) : '', show(r[x])].filter(Boolean).join(' ')) || 'counts by ' + x}.`;
		case 'barx':
			return `${n}; ${extremes(rows, x, (r) => show(r[y]))}.`;
		case 'heatmap': {
			const fill = o.fill ?? 'fill';
			if (o.scheme === 'categories') {
				const counts = new Map<string, number>();
				for (const r of rows) counts.set(show(r[fill]), (counts.get(show(r[fill])) ?? 0) + 1);
				return `${count('cell', 'cells')}: ${[...counts].map(([k, c]) => `${k} ${c}`).join(', ')}.`;
			}
			return `${count('cell', 'cells')}; ${extremes(rows, fill, (r) => `${show(r[y])}, ${show(r[x])}`)}.`;
		}
		case 'timeline':
			return `${count('event', 'events')} from ${show(rows[0]!.date_text ?? rows[0]![x])} to ${show(rows.at(-1)!.date_text ?? rows.at(-1)![x])}.`;
		default:
			return `${n}; every value is in the data table.`;
	}
}
