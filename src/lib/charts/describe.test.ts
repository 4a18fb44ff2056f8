import { describe, expect, it } from 'vitest';
import { describeChart } from './describe';

describe('describeChart', () => {
	it('names the first and last point of each line', () => {
		const rows = [
			{ year: 2014, value: 2.79, series: 'All' },
			{ year: 2024, value: 15.52, series: 'All' },
			{ year: 2015, value: 3.24, series: 'Physical' },
			{ year: 2024, value: 13.08, series: 'Physical' }
		];
		expect(describeChart('line', rows, { x: 'year', y: 'value', series: 'series' })).toBe('All: 2.79 (2014) to 15.52 (2024); Physical: 3.24 (2015) to 13.08 (2024).');
	});
	it('gives the highest and lowest bar, with its facet', () => {
		const rows = [
			{ year: 2011, publisher: 'SAIC', t: 0.77 },
			{ year: 2011, publisher: 'MOFCOM', t: 0.78 },
			{ year: 2006, publisher: 'CNNIC', t: 0.03 }
		];
		expect(describeChart('bar', rows, { x: 'publisher', y: 't', facet: 'year' })).toBe('3 rows; highest 2011 MOFCOM: 0.78; lowest 2006 CNNIC: 0.03.');
		expect(describeChart('barx', rows, { x: 't', y: 'publisher' })).toBe('3 rows; highest MOFCOM: 0.78; lowest CNNIC: 0.03.');
	});
	it('counts the answers of a categorical heatmap and finds the extremes of a numeric one', () => {
		const cells = [{ a: 'yes' }, { a: 'no source found' }, { a: 'yes' }];
		expect(describeChart('heatmap', cells, { fill: 'a', scheme: 'categories' })).toBe('3 cells: yes 2, no source found 1.');
		const grid = [{ x: 'a', y: 'L1', v: 5 }, { x: 'b', y: 'L2', v: 120 }];
		expect(describeChart('heatmap', grid, { x: 'x', y: 'y', fill: 'v' })).toBe('2 cells; highest L2, b: 120; lowest L1, a: 5.');
	});
	it('says when there is nothing to draw, and stays general for other charts', () => {
		expect(describeChart('bar', [], {})).toBe('No rows to draw.');
		expect(describeChart('quadrant', [{ x: 1 }], {})).toBe('1 row; every value is in the data table.');
		expect(describeChart('timeline', [{ date_text: '2012-06-28' }, { date_text: '2022-06-30' }], {})).toBe('2 events from 2012-06-28 to 2022-06-30.');
	});
});
