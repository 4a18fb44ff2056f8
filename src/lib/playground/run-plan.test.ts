import { describe, expect, it } from 'vitest';
import { limited, page, planRun } from './run-plan';

describe('planRun', () => {
	it('a query is shown with a cap one past the display', () => {
		expect(planRun('SELECT 1;', 10)).toEqual({ before: [], last: 'SELECT 1', shown: 'SELECT * FROM (\nSELECT 1\n) LIMIT 11', capped: true });
	});
	it('runs the statements before the last one first, and shows a statement that is not a query as it is', () => {
		expect(planRun('CREATE TABLE t AS SELECT 1 AS x; DROP TABLE t', 10)).toEqual({ before: ['CREATE TABLE t AS SELECT 1 AS x'], last: 'DROP TABLE t', shown: 'DROP TABLE t', capped: false });
	});
	it('semicolons in strings and comments do not split, a trailing comment cannot eat the parenthesis', () => {
		const p = planRun("SELECT ';' AS a -- done;", 5)!;
		expect(p.before).toEqual([]);
		expect(p.shown).toBe("SELECT * FROM (\nSELECT ';' AS a -- done;\n) LIMIT 6");
	});
	it('WITH, FROM and VALUES are queries; nothing to run is null', () => {
		for (const q of ['WITH x AS (SELECT 1) SELECT * FROM x', 'FROM orders', 'VALUES (1), (2)']) expect(planRun(q)!.capped).toBe(true);
		expect(planRun('EXPLAIN SELECT 1')!.capped).toBe(false);
		expect(planRun('  ;; -- nothing')).toBeNull();
	});
	it('pages for the download', () => {
		expect(limited('SELECT 1', 3)).toBe('SELECT * FROM (\nSELECT 1\n) LIMIT 3');
		expect(page('SELECT 1', 3, 6)).toBe('SELECT * FROM (\nSELECT 1\n) LIMIT 3 OFFSET 6');
	});
});
