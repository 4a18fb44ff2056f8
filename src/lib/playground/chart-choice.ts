// Which chart fits a result, from what its columns hold: a date or year against a number is a line, a category
// against a number a bar, two numbers a scatter. The reader can override kind and columns; a choice that does
// not fit the columns falls back to this one.
import type { Column, Row } from '$lib/db/types';

export type ResultChartKind = 'bar' | 'line' | 'scatter';
export type ColumnRole = 'number' | 'time' | 'text' | 'other';

export interface ChartChoice {
	kind: ResultChartKind;
	x: string;
	y: string;
	series?: string;
}

/** Rows looked at to tell what a column holds (nulls skipped). */
const SAMPLE = 200;
/** A category axis with more bars than this is unreadable: a bar chart shows the first ones. */
export const MAX_BARS = 40;
/** Series (colours) beyond this are unreadable. */
const MAX_SERIES = 8;

export function columnRole(rows: readonly Row[], name: string): ColumnRole {
	let seen = 0;
	const roles = new Set<ColumnRole>();
	for (const r of rows) {
		const v = r[name];
		if (v === null || v === undefined) continue;
		roles.add(typeof v === 'number' ? 'number' : v instanceof Date ? 'time' : typeof v === 'string' || typeof v === 'boolean' ? 'text' : 'other');
		if (++seen >= SAMPLE) break;
	}
	return roles.size === 1 ? [...roles][0]! : 'other';
}

const isYear = (rows: readonly Row[], name: string) =>
	/year/i.test(name) && rows.slice(0, SAMPLE).every((r) => r[name] === null || (Number.isInteger(r[name]) && (r[name] as number) >= 1900 && (r[name] as number) <= 2100));

function distinct(rows: readonly Row[], name: string, stopAt: number): number {
	const s = new Set<unknown>();
	for (const r of rows) {
		const v = r[name];
		s.add(v instanceof Date ? v.getTime() : v); // Dates of the same day are different objects
		if (s.size > stopAt) break;
	}
	return s.size;
}

export function chooseChart(columns: readonly Column[], rows: readonly Row[]): ChartChoice | null {
	if (!rows.length) return null;
	const roles = columns.map((c) => ({ name: c.name, role: columnRole(rows, c.name) }));
	const numbers = roles.filter((c) => c.role === 'number').map((c) => c.name);
	const times = roles.filter((c) => c.role === 'time').map((c) => c.name);
	const texts = roles.filter((c) => c.role === 'text').map((c) => c.name);
	const seriesFrom = (exclude: string) => texts.find((t) => t !== exclude && distinct(rows, t, MAX_SERIES) <= MAX_SERIES);
	const years = numbers.filter((n) => isYear(rows, n));
	const values = numbers.filter((n) => !years.includes(n));
	// A line needs a time axis that moves: a date that is the same on every row (a first-order month) is not one.
	const time = [...times, ...years].find((c) => distinct(rows, c, 3) >= Math.min(rows.length, 3));
	if (time && values.length) return { kind: 'line', x: time, y: values[0]!, series: seriesFrom('') };
	if (texts.length && numbers.length) {
		const x = texts[0]!;
		const series = seriesFrom(x);
		return series ? { kind: 'bar', x, y: numbers[0]!, series } : { kind: 'bar', x, y: numbers[0]! };
	}
	if (numbers.length >= 2) return { kind: 'scatter', x: numbers[0]!, y: numbers[1]!, series: seriesFrom('') };
	return null;
}

/** The reader's choice where it fits the columns (y must hold numbers), else the automatic one. */
export function resolveChart(columns: readonly Column[], rows: readonly Row[], wanted: Partial<ChartChoice>): ChartChoice | null {
	const auto = chooseChart(columns, rows);
	const names = new Set(columns.map((c) => c.name));
	const x = wanted.x && names.has(wanted.x) ? wanted.x : auto?.x;
	const y = wanted.y && names.has(wanted.y) && columnRole(rows, wanted.y) === 'number' ? wanted.y : auto?.y;
	const kind = wanted.kind ?? auto?.kind;
	if (!x || !y || !kind) return null;
	const series = wanted.series === '' ? undefined : wanted.series && names.has(wanted.series) ? wanted.series : auto?.series;
	return { kind, x, y, ...(series && series !== x ? { series } : {}) };
}
