import { describe, expect, it } from 'vitest';
import { refuseTransactionControl } from './guard';

describe('refuseTransactionControl (a reader on a dataset generated in the browser)', () => {
	it('refuses statements that would end the engine’s own transaction early', () => {
		for (const sql of ['BEGIN', 'begin transaction', 'SELECT 1; COMMIT', 'ROLLBACK', 'END', 'ABORT', 'START TRANSACTION'])
			expect(() => refuseTransactionControl(sql), sql).toThrow(/not allowed here/);
	});
	it('lets queries, scratch tables, and the words in strings or comments through', () => {
		for (const sql of ["SELECT 'commit' AS x", '-- BEGIN\nSELECT 1', 'CREATE TABLE mine AS SELECT 1', 'SELECT begin FROM t'])
			expect(() => refuseTransactionControl(sql), sql).not.toThrow();
	});
});
