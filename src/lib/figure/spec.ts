// A figure's SQL lives in the essay as a fenced block: ```sql id=<figure-id>. Its parameters are declared
// in SQL comments at the top, so the query a student reads is the whole truth about the figure:
//
//   -- @param from_year int 2014 min=2014 max=2024 label="From"
//   -- @param measure select level options="level:Sales|growth:Growth (%)" label="Show"
//
// kinds: int, number (min, max, step), select (options "value:Label|…"), bool.

import type { ParamValue, Params } from '$lib/db/types';

export interface ParamSpec {
	name: string;
	kind: 'int' | 'number' | 'select' | 'bool';
	default: ParamValue;
	label: string;
	min?: number;
	max?: number;
	step?: number;
	options?: { value: string; label: string }[];
}

export interface FigureSpec {
	id: string;
	sql: string;
	params: ParamSpec[];
}

// A top-level fence of ``` or ~~~ (three or more), closed by the same fence. remark-drop-figure-sql.js removes
// exactly these blocks from the prose and refuses figure SQL anywhere else (in a list, a quote).
const FENCE = /^(`{3,}|~{3,})sql[ \t]+([^\n]*)\n([\s\S]*?)^\1[ \t]*$/gm;
const PARAM_LINE = /^--\s*@param\b/;
const PARAM = /^--\s*@param\s+(\w+)\s+(int|number|select|bool)\s+("[^"]*"|\S+)(.*)$/;
const ATTR = /(\w+)=("([^"]*)"|\S+)/g;

export function parseFigureBlocks(markdown: string): FigureSpec[] {
	const specs: FigureSpec[] = [];
	for (const m of markdown.matchAll(FENCE)) {
		const id = /(?:^|\s)id=([\w-]+)/.exec(m[2]!)?.[1];
		if (!id) continue;
		if (specs.some((s) => s.id === id)) throw new Error(`Two figures have the id "${id}".`);
		const sql = m[3]!.replace(/\s+$/, '') + '\n';
		specs.push({ id, sql, params: parseParams(sql, id) });
	}
	return specs;
}

export function parseParams(sql: string, where = 'query'): ParamSpec[] {
	const params: ParamSpec[] = [];
	for (const line of sql.split('\n')) {
		if (!PARAM_LINE.test(line.trim())) continue;
		const m = PARAM.exec(line.trim());
		if (!m) throw new Error(`${where}: cannot read the parameter declaration "${line.trim()}" (kinds: int, number, select, bool).`);
		const [, name, kind, rawDefault, rest] = m as unknown as [string, string, ParamSpec['kind'], string, string];
		const attrs = Object.fromEntries([...rest.matchAll(ATTR)].map((a) => [a[1]!, a[3] ?? a[2]!]));
		const spec: ParamSpec = { name, kind, default: null, label: attrs.label ?? name };
		if (attrs.min !== undefined) spec.min = Number(attrs.min);
		if (attrs.max !== undefined) spec.max = Number(attrs.max);
		if (attrs.step !== undefined) spec.step = Number(attrs.step);
		if (attrs.options !== undefined)
			spec.options = attrs.options.split('|').map((o) => {
				// Split at the first colon only: a label may contain colons.
				const at = o.indexOf(':');
				return at === -1 ? { value: o, label: o } : { value: o.slice(0, at), label: o.slice(at + 1) };
			});
		const coerced = coerceParam(spec, rawDefault.replace(/^"|"$/g, ''));
		if (!coerced.ok) throw new Error(`${where}: default of $${name}: ${coerced.message}`);
		spec.default = coerced.value;
		params.push(spec);
	}
	return params;
}

export const defaults = (params: ParamSpec[]): Params => Object.fromEntries(params.map((p) => [p.name, p.default]));

export type Coerced = { ok: true; value: ParamValue } | { ok: false; message: string };

/** Check a control's (or a URL's) text against the declaration: what reaches SQL is always valid. */
export function coerceParam(spec: ParamSpec, raw: string): Coerced {
	switch (spec.kind) {
		case 'bool':
			if (raw === 'true' || raw === 'false') return { ok: true, value: raw === 'true' };
			return { ok: false, message: 'must be true or false' };
		case 'select':
			if (!spec.options?.some((o) => o.value === raw))
				return { ok: false, message: `must be one of ${spec.options?.map((o) => o.value).join(', ')}` };
			return { ok: true, value: raw };
		case 'int':
		case 'number': {
			const n = Number(raw);
			if (raw.trim() === '' || !Number.isFinite(n)) return { ok: false, message: 'must be a number' };
			if (spec.kind === 'int' && !Number.isInteger(n)) return { ok: false, message: 'must be a whole number' };
			if (spec.min !== undefined && n < spec.min) return { ok: false, message: `must be at least ${spec.min}` };
			if (spec.max !== undefined && n > spec.max) return { ok: false, message: `must be at most ${spec.max}` };
			return { ok: true, value: n };
		}
	}
}
