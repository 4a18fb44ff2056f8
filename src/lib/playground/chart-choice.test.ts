import { describe, expect, it } from 'vitest';
import { chooseChart, columnRole, resolveChart } from './chart-choice';

const cols = (...names: string[]) => names.map((name) => ({ name, type: '' }));

describe('chooseChart', () => {
	it('a date against a number is a line', () => {
		const rows = [{ month: new Date('2015-01-01'), orders: 3 }, { month: new Date('2015-02-01'), orders: 5 }];
		expect(chooseChart(cols('month', 'orders'), rows)).toEqual({ kind: 'line', x: 'month', y: 'orders', series: undefined });
	});
	it('a year column is time, and a small text column colours the lines', () => {
		const rows = [{ year: 2014, series: 'NBS', value: 1.5 }, { year: 2015, series: 'CNNIC', value: 2 }];
		expect(chooseChart(cols('year', 'series', 'value'), rows)).toEqual({ kind: 'line', x: 'year', y: 'value', series: 'series' });
	});
	it('a date that does not move is no time axis', () => {
		const d = () => new Date('2015-01-01');
		const rows = [{ category: 'a', first: d(), n: 1 }, { category: 'b', first: d(), n: 2 }, { category: 'c', first: d(), n: 3 }];
		expect(chooseChart(cols('category', 'first', 'n'), rows)?.kind).toBe('bar');
	});
	it('a category against a number is a bar', () => {
		const rows = [{ category: 'food', n: 3 }, { category: 'books', n: 1 }];
		expect(chooseChart(cols('category', 'n'), rows)).toEqual({ kind: 'bar', x: 'category', y: 'n' });
	});
	it('two numbers are a scatter (an integer that is not named like a year is not a year)', () => {
		const rows = [{ customer_id: 2000, amount: 12.5 }, { customer_id: 2001, amount: 3 }];
		expect(chooseChart(cols('customer_id', 'amount'), rows)?.kind).toBe('scatter');
	});
	it('no number, or no rows: no chart', () => {
		expect(chooseChart(cols('a', 'b'), [{ a: 'x', b: 'y' }])).toBeNull();
		expect(chooseChart(cols('n'), [])).toBeNull();
		expect(chooseChart(cols('n'), [{ n: 1 }])).toBeNull();
	});
	it('a column mixing kinds is "other", nulls are skipped', () => {
		expect(columnRole([{ a: 1 }, { a: 'x' }], 'a')).toBe('other');
		expect(columnRole([{ a: null }, { a: 2 }], 'a')).toBe('number');
	});
});

describe('resolveChart', () => {
	const rows = [{ category: 'food', n: 3, m: 4 }];
	const c = cols('category', 'n', 'm');
	it('takes the reader’s kind and columns', () => {
		expect(resolveChart(c, rows, { kind: 'scatter', x: 'n', y: 'm' })).toEqual({ kind: 'scatter', x: 'n', y: 'm' });
	});
	it('refuses a y that holds no numbers and a column that is not there, keeping the automatic ones', () => {
		expect(resolveChart(c, rows, { y: 'category', x: 'nope' })).toEqual({ kind: 'bar', x: 'category', y: 'n' });
	});
	it('an empty series removes the colour', () => {
		const r = [{ year: 2014, s: 'a', v: 1 }];
		expect(resolveChart(cols('year', 's', 'v'), r, { series: '' })).toEqual({ kind: 'line', x: 'year', y: 'v' });
	});
});
