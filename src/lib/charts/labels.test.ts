import { describe, expect, it } from 'vitest';
import { cut, units, wrapLabel } from './labels';

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
	it('keeps at most maxLines, the last cut with an ellipsis where more text follows', () => {
		expect(wrapLabel('one two three four five', 9, 2)).toEqual(['one two', 'three fo…']);
		expect(wrapLabel('one two three', 9, 2)).toEqual(['one two', 'three']);
		expect(wrapLabel('one two three four five', 9)).toEqual(['one two', 'three', 'four five']);
	});
});

describe('a Chinese character is wider', () => {
	const label = '2022-04-25  CCB: CCB 善融商务 operating entity changed to 建信金服科技发展有限公司';
	it('counts 1.8 narrow characters', () => {
		expect(units('善融商务: merchants')).toBeCloseTo(4 * 1.8 + 11);
		expect(units('Taobao Mall')).toBe(11);
	});
	it('is cut by its width, not its length', () => {
		// 70 characters, 14 of them Chinese: 81.2 narrow characters.
		expect(cut(label, 82)).toBe(label);
		expect(cut(label, 72)).toBe('2022-04-25  CCB: CCB 善融商务 operating entity changed to 建信金服科技发…');
		expect(cut('Taobao Mall (B2C) launched', 26)).toBe('Taobao Mall (B2C) launched');
		expect(cut('Taobao Mall (B2C) launched', 12)).toBe('Taobao Mall…');
	});
	it('is wrapped by its width', () => {
		expect(wrapLabel('善融商务 merchants', 10)).toEqual(['善融商务', 'merchants']);
		expect(wrapLabel('Shanrong merchants', 10)).toEqual(['Shanrong', 'merchants']);
		// 7 characters, 10.2 wide: two lines (by its length it would fit on one).
		expect(wrapLabel('善融商务 ab', 8)).toEqual(['善融商务', 'ab']);
	});
});
