// Engine set-up shared by the browser and Node, so both run SQL in the same environment.

import type { DatabaseFile, Role } from './types';

/** Run after the datasets are attached. External access off: a shared link cannot make DuckDB fetch other URLs. */
export const setupStatements = [
	'SET autoload_known_extensions = false',
	'SET autoinstall_known_extensions = false',
	'CREATE SCHEMA IF NOT EXISTS memory.scratch',
	'SET enable_external_access = false',
	// No global setting can change after start-up (memory_limit, threads …): a reader cannot starve the figures.
	'SET lock_configuration = true'
];

/** The author role sees only the published datasets; the reader role writes to memory.scratch first. */
export function searchPath(role: Role, databases: DatabaseFile[]): string {
	const data = databases.map((d) => `${d.alias}.main`);
	return (role === 'reader' ? ['memory.scratch', ...data] : data).join(',');
}
