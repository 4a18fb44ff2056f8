// Figures write named parameters ($from_year) in their SQL. This step replaces each $name with a SQL literal
// of its value. Why not prepared statements: DuckDB-WASM can cancel only queries it runs as pending queries
// (`send` of plain SQL), not prepared ones, and a reader's query must always be cancellable.
// Literals are formatted strictly (finite numbers, '' escaping), so a value can never become SQL.
// The scan skips string literals, quoted identifiers, comments and $tag$ strings, where a $name is just text.

import { QueryError } from './errors';
import type { ParamValue, Params } from './types';

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

const NAME = /[A-Za-z_][A-Za-z0-9_]*/y;

export function compileParams(sql: string, params: Params = {}): CompiledSql {
	const names: string[] = [];
	let out = '';
	let i = 0;
	const copyUntil = (end: string, from: number) => {
		const j = sql.indexOf(end, from);
		const stop = j === -1 ? sql.length : j + end.length;
		out += sql.slice(i, stop);
		i = stop;
	};
	while (i < sql.length) {
		const c = sql[i]!;
		const next = sql[i + 1];
		if (c === "'") copyUntil("'", i + 1);
		else if (c === '"') copyUntil('"', i + 1);
		else if (c === '-' && next === '-') copyUntil('\n', i);
		else if (c === '/' && next === '*') copyUntil('*/', i + 2);
		else if (c === '$') {
			const tag = /^\$([A-Za-z_]\w*)?\$/.exec(sql.slice(i));
			NAME.lastIndex = i + 1;
			const name = NAME.exec(sql);
			if (tag) copyUntil(tag[0], i + tag[0].length);
			else if (name) {
				if (!names.includes(name[0])) names.push(name[0]);
				out += name[0] in params ? sqlLiteral(params[name[0]]!, name[0]) : `$${name[0]}`;
				i += 1 + name[0].length;
			} else {
				out += c;
				i += 1;
			}
		} else {
			out += c;
			i += 1;
		}
	}
	const missing = names.filter((n) => !(n in params));
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
