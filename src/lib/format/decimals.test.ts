import { describe, expect, it } from 'vitest';
import { decimalsOf, sameDecimals } from './decimals';

describe('decimalsOf', () => {
	it.each([
		[7, 0], [0.4, 1], [0.48, 2], [16.8, 1], [0.1 + 0.2, 1], [-2.25, 2], [1e-7, 7], [123456.5, 1], [1.5e21, 0], [NaN, 0]
	])('%s is written with %s decimals', (v, d) => expect(decimalsOf(v)).toBe(d));
});

describe('sameDecimals', () => {
	it('writes every value with the decimals of the most precise one', () => {
		const f = sameDecimals([0.48, 0.4, 0.3, 0.18]);
		expect([0.48, 0.4, 0.3, 0.18].map(f)).toEqual(['0.48', '0.40', '0.30', '0.18']);
		expect([16.8, 10, 5.5].map(sameDecimals([16.8, 10, 5.5]))).toEqual(['16.8', '10.0', '5.5']);
	});
	it('groups thousands and keeps whole numbers whole', () => {
		expect([10486, 21776, 490].map(sameDecimals([10486, 21776, 490]))).toEqual(['10,486', '21,776', '490']);
	});
	it('stops at `max` decimals (an unrounded value from a reader\'s query)', () => {
		expect(sameDecimals([1 / 3, 0.5])(1 / 3)).toBe('0.333');
		expect(sameDecimals([2 / 3], 1)(2 / 3)).toBe('0.7');
	});
	it("takes a reader's query of any length (no argument spread)", () => {
		const many = Array.from({ length: 300_000 }, (_, i) => i / 4);
		expect(sameDecimals(many)(1)).toBe('1.00');
	});
	it('has a sign for negative values and takes an empty list', () => {
		expect(sameDecimals([-1.25, 3])(-1.25)).toBe('-1.25');
		expect(sameDecimals([])(4)).toBe('4');
	});
});
