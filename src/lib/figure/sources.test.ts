import { describe, expect, it } from 'vitest';
import { sourcesOf } from './sources';

describe('sourcesOf', () => {
	it('lists each distinct source_url once, in order of first appearance, named by its first row', () => {
		const rows = [
			{ year: 2014, source_url: 'https://b.example/', source_name: 'NBS', confidence: 'high' },
			{ year: 2015, source_url: 'https://a.example/', source_name: 'MOFCOM', confidence: 'medium' },
			{ year: 2016, source_url: 'https://b.example/', source_name: 'NBS (again)', confidence: 'high' }
		];
		expect(sourcesOf(rows)).toEqual([
			{ url: 'https://b.example/', name: 'NBS', low: false },
			{ url: 'https://a.example/', name: 'MOFCOM', low: false }
		]);
	});

	it('marks a source low when any of its rows is low-confidence', () => {
		const rows = [
			{ source_url: 'u1', source_name: 'A', confidence: 'high' },
			{ source_url: 'u1', source_name: 'A', confidence: 'low' },
			{ source_url: 'u2', source_name: 'B', confidence: 'medium' },
			{ source_url: 'u3', source_name: 'C', confidence: 'low' }
		];
		expect(sourcesOf(rows).map((s) => [s.url, s.low])).toEqual([
			['u1', true],
			['u2', false],
			['u3', true]
		]);
	});

	it('uses the URL as the name when the row has none', () => {
		expect(sourcesOf([{ source_url: 'https://x.example/', source_name: null }])).toEqual([{ url: 'https://x.example/', name: 'https://x.example/', low: false }]);
	});

	it('skips rows without a usable source_url (synthetic data, blank cells)', () => {
		const rows = [{ source_url: null }, { source_url: '' }, { source_url: 42 }, { other: 'x' }, { source_url: 'u', source_name: 'S' }];
		expect(sourcesOf(rows)).toEqual([{ url: 'u', name: 'S', low: false }]);
		expect(sourcesOf([])).toEqual([]);
	});
});
