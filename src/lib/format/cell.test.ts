import { describe, expect, it } from 'vitest';
import { formatCell } from './cell';

describe('formatCell', () => {
	it('shows null as a dash', () => {
		expect(formatCell(null)).toBe('—');
	});

	it('groups thousands and keeps at most two decimals', () => {
		expect(formatCell(1234567)).toBe('1,234,567');
		expect(formatCell(1234.5678)).toBe('1,234.57');
		expect(formatCell(0.5)).toBe('0.5');
		expect(formatCell(-3.9)).toBe('-3.9');
		expect(formatCell(0)).toBe('0');
	});

	it('prints years in a year column without grouping, and only there', () => {
		expect(formatCell(2014, 'year')).toBe('2014');
		expect(formatCell(2014, 'from_year')).toBe('2014');
		expect(formatCell(2014, 'value')).toBe('2,014');
		expect(formatCell(2014.5, 'year')).toBe('2,014.5');
		expect(formatCell(12000, 'year')).toBe('12,000');
	});

	it('shows dates as YYYY-MM-DD and timestamps as YYYY-MM-DD HH:MM:SS (UTC)', () => {
		expect(formatCell(new Date(Date.UTC(2014, 0, 31)))).toBe('2014-01-31');
		expect(formatCell(new Date(Date.UTC(2014, 0, 31, 8, 5, 9, 500)))).toBe('2014-01-31 08:05:09');
	});

	it('shows strings as they are, booleans as words, lists and structs as JSON', () => {
		expect(formatCell('融e购 <b>')).toBe('融e购 <b>');
		expect(formatCell('')).toBe('');
		expect(formatCell(true)).toBe('true');
		expect(formatCell([1, 'a'])).toBe('[1,"a"]');
		expect(formatCell({ a: 1 })).toBe('{"a":1}');
	});
});
