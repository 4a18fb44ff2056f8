// Figures write named parameters ($from_year) in their SQL. This step replaces each $name with a SQL literal
// of its value. Why not prepared statements: DuckDB-WASM can cancel only queries it runs as pending queries
// (`send` of plain SQL), not prepared ones, and a reader's query must always be cancellable.
// Literals are formatted strictly (finite numbers, '' escaping), so a value can never become SQL.
// The scan (lexer.ts) skips strings, quoted identifiers, comments and $tag$ strings, where a $name is just text.

import { QueryError } from './errors';
import type { ParamValue, Params } from './types';
import { scanSql } from './lexer';

export interface CompiledSql {
	sql: string;
	names: string[];
}

export function sqlLiteral(value: ParamValue, name = 'value'): string {
	if (value === null) return 'NULL';
	if (typeof value === 'boolean') return value ? 'TRUE' : 'FALSE';
	if (typeof value === 'number') {
		if (!Number.isFinite(value)) throw new QueryError('param', `Parameter $${name} must be a finite number, not ${value}.`);
		return value < 0 || Object.is(value, -0) ? `(${value})` : String(value);
	}
	return `'${value.replaceAll("'", "''")}'`;
}

export function compileParams(sql: string, params: Params = {}): CompiledSql {
	const names: string[] = [];
	let out = '';
	for (const token of scanSql(sql)) {
		if (token.kind !== 'param') {
			out += token.text;
			continue;
		}
		const name = token.text.slice(1);
		if (!names.includes(name)) names.push(name);
		out += Object.hasOwn(params, name) ? sqlLiteral(params[name] as ParamValue, name) : token.text;
	}
	const missing = names.filter((n) => !Object.hasOwn(params, n));
	if (missing.length > 0) {
		const known = Object.keys(params);
		throw new QueryError(
			'param',
			`Unknown parameter ${missing.map((m) => '$' + m).join(', ')}. ` +
				(known.length ? `This query can use: ${known.map((k) => '$' + k).join(', ')}.` : 'This query has no parameters.')
		);
	}
	return { sql: out, names };
}
