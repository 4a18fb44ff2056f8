import { describe, expect, it } from 'vitest';
import { SharedParams, describeSettings, differs, sharedOf } from './shared.svelte';
import type { ParamSpec } from './spec';

const p = (name: string, shared?: string): ParamSpec => ({ name, kind: 'int', default: 1, label: name, ...(shared ? { shared } : {}) });

describe('SharedParams', () => {
	it('gives each group to the first figure that declares it', () => {
		const s = new SharedParams();
		expect([...s.claim('grid', 'Grid', [p('f2', 'levels'), p('own')]).values()]).toEqual([{ id: 'grid', title: 'Grid' }]);
		expect(s.claim('shares', 'Shares', [p('f2', 'levels'), p('x', 'other')]).get('levels')).toEqual({ id: 'grid', title: 'Grid' });
		expect(s.claim('third', 'Third', [p('x', 'other')]).get('other')).toEqual({ id: 'shares', title: 'Shares' });
		expect(s.claim('plain', 'Plain', [p('own')]).size).toBe(0);
	});

	it('hands published values only to figures that declare them as shared', () => {
		const s = new SharedParams();
		expect(s.version).toBe(0);
		s.publish({ f2: 3, f3: 5 });
		s.publish({});
		expect(s.version).toBe(1);
		expect(s.pick([p('f2', 'levels'), p('f3'), p('other', 'levels')])).toEqual({ f2: 3 });
	});
});

describe('helpers', () => {
	it('sharedOf keeps the shared parameters', () => {
		expect(sharedOf([p('a', 'g'), p('b')], { a: 1, b: 2 })).toEqual({ a: 1 });
	});
	it('differs compares only the given values', () => {
		expect(differs({ a: 1 }, { a: 1, b: 2 })).toBe(false);
		expect(differs({ a: 2 }, { a: 1 })).toBe(true);
	});
});

describe('describeSettings', () => {
	it('merges consecutive labels that share a prefix and shows option labels', () => {
		const params: ParamSpec[] = [
			{ ...p('f2', 'g'), label: 'Orders: band 2 from' },
			{ ...p('f3', 'g'), label: 'Orders: band 3 from' },
			{ ...p('wf', 'g'), label: 'Weight of orders' },
			{ name: 'basis', kind: 'select', default: 'year', label: 'Monthly spend', shared: 'g', options: [{ value: 'year', label: 'Total ÷ 12' }] }
		];
		expect(describeSettings(params, { f2: 2, f3: 4, wf: 0.3, basis: 'year' })).toBe('Orders: band 2 from 2, band 3 from 4 · Weight of orders 0.3 · Monthly spend Total ÷ 12');
	});
});

describe('describeSettings of a long factor table', () => {
	const params = Array.from({ length: 20 }, (_, i) => ({ name: `w${i}`, kind: 'number' as const, default: 0.05, label: `F${i} — weight` }));
	const defaultsOf = Object.fromEntries(params.map((p) => [p.name, p.default]));
	it('names only the settings changed from their defaults', () => {
		expect(describeSettings(params, defaultsOf)).toBe('all 20 settings at their defaults');
		expect(describeSettings(params, { ...defaultsOf, w3: 0.1, w4: 0 })).toBe('F3 — weight 0.1 · F4 — weight 0 (the other 18 at their defaults)');
	});
});
