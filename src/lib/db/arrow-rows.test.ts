import { describe, expect, it } from 'vitest';
import { arrowToRows } from './arrow-rows';

const field = (name: string, typeId: number, extra: Record<string, unknown> = {}) => ({ name, type: { typeId, toString: () => `type${typeId}`, ...extra } });
const batch = (cols: unknown[][]) => ({ numRows: cols[0]!.length, getChildAt: (i: number) => ({ get: (r: number) => cols[i]![r] }) });

describe('arrowToRows', () => {
	it('gives a DECIMAL the double nearest to its digits, as Node DuckDB does (no float scaling residue)', () => {
		const { rows } = arrowToRows({ fields: [field('spend', 7, { scale: 2 }), field('x', 3)] }, [batch([[889327.7000000001, 645549.0700000001, null], [0.1 + 0.2, 1, 2]])]);
		expect(rows.map((r) => r.spend)).toEqual([889327.7, 645549.07, null]);
		expect(rows[0]!.x).toBe(0.1 + 0.2); // a DOUBLE is left as it is
	});

	it('turns dates into Dates and 64-bit integers into numbers', () => {
		const { rows, columns } = arrowToRows({ fields: [field('d', 8), field('n', 2)] }, [batch([[Date.UTC(2015, 0, 2)], [12n]])]);
		expect(rows[0]).toEqual({ d: new Date(Date.UTC(2015, 0, 2)), n: 12 });
		expect(columns.map((c) => c.name)).toEqual(['d', 'n']);
	});
});
