import { describe, expect, it } from 'vitest';
import { compactCount, formatSeconds, stageFraction, stageText } from './dataset-progress';

describe('dataset progress', () => {
	it('says which step runs, with counts people read', () => {
		expect(stageText({ phase: 'generate', done: 340_000, total: 1_000_000 })).toBe('Generating customers 340,000 / 1,000,000');
		expect(stageText({ phase: 'load', table: 'orders', done: 3_200_000, total: 6_812_345 })).toBe('Loading orders into DuckDB 3.2 M / 6.8 M rows');
		expect(stageText({ phase: 'load', table: 'orders', done: 250_000, total: 679_547 })).toBe('Loading orders into DuckDB 250,000 / 679,547 rows');
		expect(stageText({ phase: 'derive', table: 'customer_year', rows: 1_000_000 })).toBe('Deriving customer_year in DuckDB (1.0 M rows)…');
		expect(stageText({ phase: 'start' })).toMatch(/^Starting/);
	});

	it('rounds counts from a million on to one decimal', () => {
		expect(compactCount(999_999)).toBe('999,999');
		expect(compactCount(1_000_000)).toBe('1.0 M');
		expect(compactCount(6_849_999)).toBe('6.8 M');
	});

	it('gives the bar a value in 0..1, or none when there is nothing to count', () => {
		expect(stageFraction({ phase: 'generate', done: 340_000, total: 1_000_000 })).toBe(0.34);
		expect(stageFraction({ phase: 'load', table: 'orders', done: 0, total: 0 })).toBeNull();
		expect(stageFraction({ phase: 'load', table: 'orders', done: 12, total: 10 })).toBe(1);
		expect(stageFraction({ phase: 'published' })).toBeNull();
		expect(stageFraction({ phase: 'derive', table: 'customer_year', rows: 10 })).toBeNull();
	});

	it('prints seconds with one decimal', () => {
		expect(formatSeconds(12_345)).toBe('12.3 s');
		expect(formatSeconds(0)).toBe('0.0 s');
	});
});
