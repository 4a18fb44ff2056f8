import { describe, expect, it } from 'vitest';
import { addToHistory, clearHistory, HISTORY_KEY, MAX_ENTRIES, MAX_ENTRY_CHARS, readHistory } from './history';

function memory(limit = Infinity) {
	const m = new Map<string, string>();
	return {
		getItem: (k: string) => m.get(k) ?? null,
		setItem: (k: string, v: string) => {
			if (v.length > limit) throw new DOMException('full', 'QuotaExceededError');
			m.set(k, v);
		},
		removeItem: (k: string) => void m.delete(k),
		raw: m
	};
}

describe('history', () => {
	it('keeps the newest first, without duplicates', () => {
		const s = memory();
		addToHistory(s, 'SELECT 1', 1);
		addToHistory(s, 'SELECT 2', 2);
		addToHistory(s, ' SELECT 1 ', 3);
		expect(readHistory(s)).toEqual([{ sql: 'SELECT 1', at: 3 }, { sql: 'SELECT 2', at: 2 }]);
	});
	it('holds at most MAX_ENTRIES', () => {
		const s = memory();
		for (let i = 0; i < MAX_ENTRIES + 5; i++) addToHistory(s, `SELECT ${i}`, i);
		const h = readHistory(s);
		expect(h).toHaveLength(MAX_ENTRIES);
		expect(h[0]!.sql).toBe(`SELECT ${MAX_ENTRIES + 4}`);
	});
	it('does not keep empty or huge queries', () => {
		const s = memory();
		addToHistory(s, '   ');
		addToHistory(s, `SELECT '${'x'.repeat(MAX_ENTRY_CHARS)}'`);
		expect(readHistory(s)).toEqual([]);
	});
	it('drops the oldest entries when the storage is full, and never throws', () => {
		const s = memory(60);
		addToHistory(s, 'SELECT 1111111111', 1);
		const h = addToHistory(s, 'SELECT 2222222222', 2);
		expect(h.map((e) => e.sql)).toEqual(['SELECT 2222222222']);
		expect(readHistory(s).map((e) => e.sql)).toEqual(['SELECT 2222222222']);
	});
	it('ignores what is not a history, and works without storage', () => {
		const s = memory();
		s.raw.set(HISTORY_KEY, '{not json');
		expect(readHistory(s)).toEqual([]);
		s.raw.set(HISTORY_KEY, JSON.stringify([{ sql: 1 }, { sql: 'SELECT 1', at: 5 }]));
		expect(readHistory(s)).toEqual([{ sql: 'SELECT 1', at: 5 }]);
		expect(addToHistory(null, 'SELECT 3', 1)).toEqual([{ sql: 'SELECT 3', at: 1 }]);
		expect(clearHistory(s)).toEqual([]);
		expect(readHistory(s)).toEqual([]);
	});
});
