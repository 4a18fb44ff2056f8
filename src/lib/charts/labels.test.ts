import { describe, expect, it } from 'vitest';
import { wrapLabel } from './labels';

describe('wrapLabel', () => {
	it('keeps a label that fits on one line', () => {
		expect(wrapLabel('cat:digital', 20)).toEqual(['cat:digital']);
	});
	it('breaks an item without spaces after its : and _ (it was clipped on a phone)', () => {
		expect(wrapLabel('fin:precious_metals_acct', 16)).toEqual(['fin:precious_', 'metals_acct']);
	});
	it('breaks a rule at spaces, keeping each item whole when it fits', () => {
		expect(wrapLabel('cat:precious_metals + seg:deposit_high → fin:wealth_mgmt', 22)).toEqual(['cat:precious_metals +', 'seg:deposit_high →', 'fin:wealth_mgmt']);
	});
	it('breaks a rule at spaces and drops the space at the line end', () => {
		const out = wrapLabel('cat:precious_metals + seg:deposit_high → fin:wealth_mgmt', 22);
		expect(out.join('').replaceAll(' ', '')).toBe('cat:precious_metals+seg:deposit_high→fin:wealth_mgmt');
		for (const l of out) expect(l.length).toBeLessThanOrEqual(22);
		for (const l of out) expect(l).toBe(l.trim());
	});
	it('cuts a part longer than a line, with an ellipsis', () => {
		expect(wrapLabel('abcdefghijklmnop', 8)).toEqual(['abcdefg…']);
	});
});
