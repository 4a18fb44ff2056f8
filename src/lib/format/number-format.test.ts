import { describe, expect, it } from 'vitest';
import { numberFormat } from './number-format';

describe('numberFormat', () => {
	it('formats as Intl.NumberFormat does with the same locale and options', () => {
		const f = numberFormat('en', { maximumSignificantDigits: 4 });
		for (const v of [0, 1234567, 3.14159, -0.000123456, 1e21]) expect(f.format(v)).toBe(new Intl.NumberFormat('en', { maximumSignificantDigits: 4 }).format(v));
	});

	it('makes its Intl.NumberFormat at the first use, once', () => {
		const Real = Intl.NumberFormat;
		let made = 0;
		Intl.NumberFormat = function (...args: ConstructorParameters<typeof Real>) {
			made += 1;
			return new Real(...args);
		} as unknown as typeof Intl.NumberFormat;
		try {
			const f = numberFormat('en', { maximumFractionDigits: 2 });
			expect(made).toBe(0);
			expect(f.format(1234.5678)).toBe('1,234.57');
			expect(f.format(2)).toBe('2');
			expect(made).toBe(1);
		} finally {
			Intl.NumberFormat = Real;
		}
	});
});
