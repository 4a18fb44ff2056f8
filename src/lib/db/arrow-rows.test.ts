import { describe, expect, it } from 'vitest';
import { castEnumsToText, emptyDictionaryColumns } from './arrow-rows';

const field = (name: string, typeId: number) => ({ name, type: { typeId, toString: () => `type${typeId}` } });
const batch = (numRows: number, dictLengths: (number | null)[]) => ({
	numRows,
	getChildAt: (i: number) => ({ get: () => null, data: dictLengths[i] === null ? [{}] : [{ dictionary: { length: dictLengths[i] } }] })
});

describe('ENUM columns in streamed results', () => {
	it('finds the dictionary columns that came back without their values', () => {
		const schema = { fields: [field('customer_id', 2), field('age_band', -1), field('region', -1)] };
		expect(emptyDictionaryColumns(schema, [batch(3, [null, 0, 4])])).toEqual(['age_band']);
		// an empty result has nothing to show: no second query
		expect(emptyDictionaryColumns(schema, [batch(0, [null, 0, 0])])).toEqual([]);
	});

	it('asks again with those columns as text, everything else as the query had it', () => {
		expect(castEnumsToText('SELECT customer_id, age_band FROM customers ORDER BY 1;\n', ['age_band'])).toBe(
			'SELECT * REPLACE (CAST("age_band" AS VARCHAR) AS "age_band") FROM (\nSELECT customer_id, age_band FROM customers ORDER BY 1\n)'
		);
		expect(castEnumsToText('SELECT 1 AS "a""b"', ['a"b'])).toContain('CAST("a""b" AS VARCHAR) AS "a""b"');
	});
});
