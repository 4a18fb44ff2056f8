// Engine set-up shared by the browser and Node, so both run SQL in the same environment.

import type { DatabaseFile, Role } from './types';
import { QueryError } from './errors';
import { statements } from './lexer';

/** Run after the datasets are attached. External access off: a shared link cannot make DuckDB fetch other URLs. */
export const setupStatements = [
	'SET autoload_known_extensions = false',
	'SET autoinstall_known_extensions = false',
	'CREATE SCHEMA IF NOT EXISTS memory.scratch',
	'SET enable_external_access = false',
	// No global setting can change after start-up (memory_limit, threads …): a reader cannot starve the figures.
	'SET lock_configuration = true'
];

/**
 * The statement that gives a role's connection its search path: the author sees only the published datasets; the
 * reader writes to memory.scratch first.
 */
export function searchPathStatement(role: Role, databases: DatabaseFile[]): string {
	const data = databases.map((d) => `${d.alias}.main`);
	return `SET search_path = '${(role === 'reader' ? ['memory.scratch', ...data] : data).join(',')}'`;
}

/**
 * The statement that (re)computes a page step's table (parameters already compiled in). A TEMP table belongs to
 * one connection: the author's figures read the author's copy, which a reader's query (another connection) can
 * neither see nor change; a reader's edited query gets its own copy.
 */
export function stepStatement(id: string, sql: string): string {
	if (!/^[a-z_][a-z0-9_]*$/.test(id)) throw new Error(`A step's id must be a table name (got "${id}").`);
	const parts = statements(sql);
	if (parts.length !== 1 || !['SELECT', 'WITH', 'FROM', 'VALUES', '(', 'TABLE'].includes(parts[0]!.keyword))
		throw new QueryError('refused', 'A step is a single query (SELECT or WITH …): its result becomes the table the figures read.');
	const body = sql.replace(/;\s*$/, '').trimEnd();
	return `CREATE OR REPLACE TEMP TABLE ${id} AS (\n${body}\n)`;
}
