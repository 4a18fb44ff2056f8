// A small SQL scanner that agrees with DuckDB's lexer on what is code and what is text: '…' and E'…'
// strings, "…" identifiers, -- comments (ending at \n or \r), nested /* */ comments, $tag$ strings, and
// identifiers that contain $ (a$x). Parameters ($name) and statement separators (;) are only found in code.

export type TokenKind = 'code' | 'word' | 'text' | 'param' | 'semicolon';
export interface Token {
	kind: TokenKind;
	text: string;
}

const WORD_START = /[A-Za-z_\u0080-\uffff]/;
const WORD = /[A-Za-z0-9_$\u0080-\uffff]/;

export function scanSql(sql: string): Token[] {
	const out: Token[] = [];
	let i = 0;
	const push = (kind: TokenKind, end: number) => {
		out.push({ kind, text: sql.slice(i, end) });
		i = end;
	};
	const until = (end: string, from: number) => {
		const j = sql.indexOf(end, from);
		return j === -1 ? sql.length : j + end.length;
	};
	while (i < sql.length) {
		const c = sql[i]!;
		const next = sql[i + 1];
		if (c === "'" || ((c === 'e' || c === 'E') && next === "'")) {
			// '…' doubles a quote to escape it; E'…' also takes backslash escapes, so \' does not end it.
			const backslash = c !== "'";
			let j = backslash ? i + 2 : i + 1;
			while (j < sql.length) {
				if (backslash && sql[j] === '\\') j += 2;
				else if (sql[j] === "'" && sql[j + 1] === "'") j += 2;
				else if (sql[j] === "'") break;
				else j += 1;
			}
			push('text', Math.min(j + 1, sql.length));
		} else if (c === '"') {
			let j = i + 1;
			while (j < sql.length && !(sql[j] === '"' && sql[j + 1] !== '"')) j += sql[j] === '"' ? 2 : 1;
			push('text', Math.min(j + 1, sql.length));
		} else if (c === '-' && next === '-') {
			let j = i;
			while (j < sql.length && sql[j] !== '\n' && sql[j] !== '\r') j++;
			push('text', j);
		} else if (c === '/' && next === '*') {
			let depth = 0;
			let j = i;
			while (j < sql.length) {
				if (sql[j] === '/' && sql[j + 1] === '*') (depth += 1), (j += 2);
				else if (sql[j] === '*' && sql[j + 1] === '/') {
					depth -= 1;
					j += 2;
					if (depth === 0) break;
				} else j += 1;
			}
			push('text', j);
		} else if (c === '$') {
			const tag = /^\$([A-Za-z_][A-Za-z0-9_]*)?\$/.exec(sql.slice(i));
			const name = /^\$[A-Za-z_][A-Za-z0-9_]*/.exec(sql.slice(i));
			if (tag) push('text', until(tag[0], i + tag[0].length));
			else if (name) push('param', i + name[0].length);
			else push('code', i + 1);
		} else if (WORD_START.test(c)) {
			let j = i + 1;
			while (j < sql.length && WORD.test(sql[j]!)) j++;
			push('word', j);
		} else if (c === ';') push('semicolon', i + 1);
		else push('code', i + 1);
	}
	return out;
}

/** The statements of a SQL text (split at semicolons in code), each with its leading keyword, upper-cased. */
export function statements(sql: string): { text: string; keyword: string }[] {
	const result: { text: string; keyword: string }[] = [];
	let text = '';
	let keyword = '';
	for (const t of scanSql(sql)) {
		if (t.kind === 'semicolon') {
			if (keyword) result.push({ text, keyword });
			text = '';
			keyword = '';
			continue;
		}
		text += t.text;
		if (!keyword && t.kind === 'word') keyword = t.text.toUpperCase();
	}
	if (keyword) result.push({ text, keyword });
	return result;
}
