import { describe, expect, it } from 'vitest';
import { daysInYear, isoDate, isoDateTable, monthLabel, monthOfDay, monthStarts } from './calendar';

describe('calendar', () => {
	it('maps days of 2015 to ISO dates at the month edges', () => {
		expect(isoDate(2015, 1)).toBe('2015-01-01');
		expect(isoDate(2015, 31)).toBe('2015-01-31');
		expect(isoDate(2015, 32)).toBe('2015-02-01');
		expect(isoDate(2015, 59)).toBe('2015-02-28');
		expect(isoDate(2015, 60)).toBe('2015-03-01');
		expect(isoDate(2015, 169)).toBe('2015-06-18');
		expect(isoDate(2015, 315)).toBe('2015-11-11');
		expect(isoDate(2015, 365)).toBe('2015-12-31');
		expect(daysInYear(2015)).toBe(365);
	});

	it('knows leap years', () => {
		expect(daysInYear(2016)).toBe(366);
		expect(isoDate(2016, 60)).toBe('2016-02-29');
		expect(daysInYear(1900)).toBe(365);
		expect(daysInYear(2000)).toBe(366);
	});

	it('refuses days outside the year', () => {
		expect(() => isoDate(2015, 0)).toThrow(RangeError);
		expect(() => isoDate(2015, 366)).toThrow(RangeError);
		expect(() => isoDate(2015, 1.5)).toThrow(RangeError);
	});

	it('month of day, the lookup table and month labels agree with the ISO dates', () => {
		const table = isoDateTable(2015);
		expect(table).toHaveLength(366);
		for (let d = 1; d <= 365; d++) {
			expect(table[d]).toBe(isoDate(2015, d));
			expect(monthOfDay(2015, d) + 1).toBe(Number(table[d]!.slice(5, 7)));
		}
		expect(monthStarts(2015)[10]).toBe(304);
		expect(monthLabel(2014, 0)).toBe('2014-01');
		expect(monthLabel(2014, 23)).toBe('2015-12');
	});
});
