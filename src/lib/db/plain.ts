// Turn engine values into plain rows: numbers not BigInts, Dates for dates, arrays and objects of the same.

import type { Cell } from './types';

export function toPlain(value: unknown): Cell {
	if (value === null || value === undefined) return null;
	switch (typeof value) {
		case 'bigint':
			return Number(value);
		case 'number':
		case 'string':
		case 'boolean':
			return value;
	}
	if (value instanceof Date) return value;
	if (Array.isArray(value)) return value.map(toPlain);
	if (ArrayBuffer.isView(value)) return Array.from(value as unknown as ArrayLike<number>, (v) => Number(v));
	if (typeof value === 'object') {
		const out: Record<string, Cell> = {};
		for (const [k, v] of Object.entries(value as object)) out[k] = toPlain(v);
		return out;
	}
	return String(value);
}
