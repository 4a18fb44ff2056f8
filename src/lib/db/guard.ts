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
