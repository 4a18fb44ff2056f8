import { describe, expect, it } from 'vitest';
import { formatCount, numberFormat } from './number-format';

/** Runs `fn` with Intl.NumberFormat counted: how many it made. */
function countMade(fn: () => void): number {
	const Real = Intl.NumberFormat;
	let made = 0;
	Intl.NumberFormat = function (...args: ConstructorParameters<typeof Real>) {
		made += 1;
		return new Real(...args);
	} as unknown as typeof Intl.NumberFormat;
	try {
		fn();
	} finally {
		Intl.NumberFormat = Real;
	}
	return made;
}

describe('numberFormat', () => {
	it('formats as Intl.NumberFormat does with the same locale and options', () => {
		const f = numberFormat('en', { maximumSignificantDigits: 4 });
		for (const v of [0, 1234567, 3.14159, -0.000123456, 1e21]) expect(f.format(v)).toBe(new Intl.NumberFormat('en', { maximumSignificantDigits: 4 }).format(v));
	});

	it('makes its Intl.NumberFormat at the first use, once', () => {
		let f = numberFormat('en', { maximumFractionDigits: 2 });
		expect(countMade(() => (f = numberFormat('en', { maximumFractionDigits: 2 })))).toBe(0);
		expect(
			countMade(() => {
				expect(f.format(1234.5678)).toBe('1,234.57');
				expect(f.format(2)).toBe('2');
			})
		).toBe(1);
	});
});

describe('formatCount', () => {
	it('writes whole numbers as Intl.NumberFormat("en") does, without making one', () => {
		const values = [0, 1, 7, 12, 999, 1000, 1001, 12345, 100000, 999999, 1000000, 679547, -1, -1234, -1000000, Number.MAX_SAFE_INTEGER];
		const expected = values.map((v) => new Intl.NumberFormat('en').format(v));
		let written: string[] = [];
		expect(countMade(() => (written = values.map(formatCount)))).toBe(0);
		expect(written).toEqual(expected);
	});

	it('leaves other numbers to Intl', () => {
		for (const v of [1234.5, 1e21, Number.NaN, Infinity]) expect(formatCount(v)).toBe(new Intl.NumberFormat('en').format(v));
	});
});
