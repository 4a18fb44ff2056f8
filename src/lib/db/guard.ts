// What a reader's query (an edited figure, a shared link, the playground) may not do. The datasets are attached
// read-only and the configuration is locked after start-up; this check refuses, with a message, the statements
// that could still change what every other figure reads (DETACH, USE) or reach outside (ATTACH, COPY, INSTALL …).
import { QueryError } from './errors';
import { statements } from './lexer';

const REFUSED: Record<string, string> = {
	ATTACH: 'attaching other databases',
	DETACH: 'detaching the site’s datasets',
	USE: 'changing the default database',
	SET: 'changing settings',
	RESET: 'changing settings',
	PRAGMA: 'pragmas',
	INSTALL: 'installing extensions',
	LOAD: 'loading extensions',
	FORCE: 'installing extensions',
	COPY: 'reading or writing files',
	EXPORT: 'writing files',
	IMPORT: 'reading files',
	CHECKPOINT: 'checkpoints',
	VACUUM: 'vacuuming',
	CALL: 'calling table functions as statements'
};

export function refuseForReader(sql: string): void {
	for (const s of statements(sql)) {
		const what = REFUSED[s.keyword];
		if (what)
			throw new QueryError(
				'refused',
				`${s.keyword} is not allowed here (${what}). The site’s datasets are read-only; you can create your own tables with CREATE TABLE, and query everything with SELECT.`
			);
	}
}

const TRANSACTION = new Set(['BEGIN', 'START', 'COMMIT', 'END', 'ROLLBACK', 'ABORT']);

/**
 * Where a dataset is in memory the engine runs a reader's query inside its own transaction (see browser.ts):
 * a reader's BEGIN/COMMIT would end it early, so they are refused there.
 */
export function refuseTransactionControl(sql: string): void {
	for (const s of statements(sql))
		if (TRANSACTION.has(s.keyword))
			throw new QueryError('refused', `${s.keyword} is not allowed here: each query runs in its own transaction. The site’s datasets are read-only; you can create your own tables with CREATE TABLE, and query everything with SELECT.`);
}
