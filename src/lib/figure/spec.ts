// A figure's SQL lives in the essay as a fenced block: ```sql id=<figure-id>. Its parameters are declared
// in SQL comments at the top, so the query a student reads is the whole truth about the figure:
//
//   -- @param from_year int 2014 min=2014 max=2024 label="From"
//   -- @param measure select level options="level:Sales|growth:Growth (%)" label="Show"
//
// kinds: int, number (min, max, step), select (options "value:Label|…"), bool.
//
// Checks tie int/number parameters together; a combination that fails one never reaches SQL (checks.ts):
//
//   -- @check increasing f2 f3 f4 f5 message="Order bands must increase from left to right"
//   -- @check sum wf wm = 1 message="The two weights must add up to 1"
//
// `increasing a b …`: strictly increasing in the order listed. `sum a b … = v`: adds up to v within 1e-9.
// Both name two or more declared parameters and need a message; the declared defaults must pass them.
//
// `shared=<group>` on a @param: figures of one page that declare the same parameter in the same group share its
// value (the first such figure shows the control). Their declarations must be identical; parseFigureBlocks checks.
//
// ```sql id=levels step  … a step: its result is the table `levels`, which queries with `-- @uses levels` read
// (steps.svelte.ts). A step's parameters are set on the step's panel; the queries that use it follow them and may
// read them ($f2) without declaring them.

import type { ParamValue, Params } from '$lib/db/types';
import { failedChecks, type CheckSpec } from './checks';

export interface ParamSpec {
	name: string;
	kind: 'int' | 'number' | 'select' | 'bool';
	default: ParamValue;
	label: string;
	min?: number;
	max?: number;
	step?: number;
	options?: { value: string; label: string }[];
	/** `shared=<group>`: the same parameter in several figures of a page, set by one control (shared.svelte.ts). */
	shared?: string;
}

export interface FigureSpec {
	id: string;
	sql: string;
	params: ParamSpec[];
	checks: CheckSpec[];
	/**
	 * A step (```sql id=levels step): not drawn; its result becomes the table `levels` (in memory.steps) that
	 * the figures declaring `-- @uses levels` read. The page computes it once per set of values.
	 */
	step: boolean;
	/** Steps whose tables this query reads (`-- @uses a b`). */
	uses: string[];
	/**
	 * Every step this query depends on, in page order: its `uses` and, for a step that uses other steps, theirs
	 * (rules uses itemsets, which uses items …). They are made in this order, and a change to any of them reruns it.
	 */
	needs: string[];
}

// A top-level fence of ``` or ~~~ (three or more), closed by the same fence. remark-drop-figure-sql.js removes
// exactly these blocks from the prose and refuses figure SQL anywhere else (in a list, a quote).
const FENCE = /^(`{3,}|~{3,})sql[ \t]+([^\n]*)\n([\s\S]*?)^\1[ \t]*$/gm;
const PARAM_LINE = /^--\s*@param\b/;
const PARAM = /^--\s*@param\s+(\w+)\s+(int|number|select|bool)\s+("[^"]*"|\S+)(.*)$/;
const ATTR = /(\w+)=("([^"]*)"|\S+)/g;
const CHECK_LINE = /^--\s*@check\b/;
const USES = /^--\s*@uses\s+([\w\s]+)$/;
const CHECK = /^--\s*@check\s+(increasing|sum)\s+(\w+(?:\s+\w+)+)\s*(?:=\s*(\S+)\s+)?message="([^"]+)"$/;

export function parseFigureBlocks(markdown: string): FigureSpec[] {
	const specs: FigureSpec[] = [];
	for (const m of markdown.matchAll(FENCE)) {
		const id = /(?:^|\s)id=([\w-]+)/.exec(m[2]!)?.[1];
		if (!id) continue;
		if (specs.some((s) => s.id === id)) throw new Error(`Two figures have the id "${id}".`);
		const sql = m[3]!.replace(/\s+$/, '') + '\n';
		const params = parseParams(sql, id);
		const step = /(?:^|\s)step(?:\s|$)/.test(m[2]!);
		const uses = sql.split('\n').flatMap((l) => USES.exec(l.trim())?.[1]!.trim().split(/\s+/) ?? []);
		specs.push({ id, sql, params, checks: parseChecks(sql, id, params), step, uses, needs: [] });
	}
	checkShared(specs);
	checkSteps(specs);
	for (const s of specs) {
		const needs = new Set<string>();
		for (const u of s.uses) for (const n of [...specs.find((x) => x.id === u)!.needs, u]) needs.add(n);
		s.needs = specs.filter((x) => needs.has(x.id)).map((x) => x.id);
	}
	return specs;
}

/** A query uses steps of its own essay, defined above it, and a step is named like a table (no dashes). */
function checkSteps(specs: FigureSpec[]) {
	specs.forEach((s, i) => {
		if (s.step && !/^[a-z_][a-z0-9_]*$/.test(s.id)) throw new Error(`Step "${s.id}": a step's id is its table's name (letters, digits, _).`);
		for (const u of s.uses) {
			const at = specs.findIndex((x) => x.id === u);
			if (at < 0 || !specs[at]!.step) throw new Error(`${s.id}: @uses ${u}, but no step has that id in this essay.`);
			if (at > i) throw new Error(`${s.id}: @uses ${u}, which is defined further down; define a step before the queries that use it.`);
		}
	});
}

/** A shared parameter means the same in every figure that declares it, or the figures would disagree silently. */
function checkShared(specs: FigureSpec[]) {
	const first = new Map<string, { id: string; decl: string }>();
	for (const s of specs)
		for (const p of s.params) {
			if (!p.shared) continue;
			const decl = JSON.stringify(p);
			const seen = first.get(p.name);
			if (!seen) first.set(p.name, { id: s.id, decl });
			else if (seen.decl !== decl)
				throw new Error(`${s.id}: the shared parameter $${p.name} is declared differently in ${seen.id}; shared parameters must be declared identically.`);
		}
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
		if (attrs.shared !== undefined) spec.shared = attrs.shared;
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

/** The `-- @check` lines of a query, checked against its parameter declarations (see the head comment). */
export function parseChecks(sql: string, where = 'query', params = parseParams(sql, where)): CheckSpec[] {
	const checks: CheckSpec[] = [];
	for (const raw of sql.split('\n')) {
		const line = raw.trim();
		if (!CHECK_LINE.test(line)) continue;
		const m = CHECK.exec(line);
		if (!m) throw new Error(`${where}: cannot read the check "${line}" (forms: increasing a b … message="…"; sum a b … = total message="…").`);
		const [, kind, names, total, message] = m as unknown as [string, CheckSpec['kind'], string, string | undefined, string];
		const list = names.split(/\s+/);
		for (const name of list) {
			const p = params.find((q) => q.name === name);
			if (!p) throw new Error(`${where}: the check "${line}" names $${name}, which is not declared.`);
			if (p.kind !== 'int' && p.kind !== 'number') throw new Error(`${where}: the check "${line}" names $${name}, which is not a number.`);
		}
		if (kind === 'increasing') {
			if (total !== undefined) throw new Error(`${where}: the check "${line}": increasing takes no "= total".`);
			checks.push({ kind, params: list, message });
		} else {
			if (total === undefined || !Number.isFinite(Number(total)))
				throw new Error(`${where}: the check "${line}" needs "= <number>" after its parameters.`);
			checks.push({ kind, params: list, total: Number(total), message });
		}
	}
	// As with each default against its own declaration: a figure must start from a valid state.
	const failed = failedChecks(checks, defaults(params));
	if (failed.length) throw new Error(`${where}: the defaults fail the check "${failed[0]}".`);
	return checks;
}

export const defaults = (params: ParamSpec[]): Params => Object.fromEntries(params.map((p) => [p.name, p.default]));

/** A query's default values: those of the steps it needs (it may read their parameters too), then its own. */
export function queryDefaults(spec: FigureSpec, specs: readonly FigureSpec[]): Params {
	const stepValues = spec.needs.map((u) => defaults(specs.find((x) => x.id === u)?.params ?? []));
	return Object.assign({}, ...stepValues, defaults(spec.params));
}

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
