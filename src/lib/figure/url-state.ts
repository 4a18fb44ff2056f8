// A figure's state in the page URL, so a copied link restores it:
//   ?<figure-id>.<param>=<value>&<figure-id>.sql=<edited query>#<figure-id>
// Values are checked against the declarations (coerceParam) when read back; bad ones are dropped, and so are
// the link's values of a check they fail together (those parameters keep their defaults, which pass).

import { coerceParam, defaults, type ParamSpec } from './spec';
import { failing, type CheckSpec } from './checks';
import type { Params } from '$lib/db/types';

export interface FigureUrlState {
	params: Params;
	sql: string | null;
	rejected: string[];
}

export function readFigureState(search: string, id: string, specs: ParamSpec[], checks: CheckSpec[] = []): FigureUrlState {
	const q = new URLSearchParams(search);
	const params: Params = {};
	const rejected: string[] = [];
	for (const spec of specs) {
		const raw = q.get(`${id}.${spec.name}`);
		if (raw === null) continue;
		const c = coerceParam(spec, raw);
		if (c.ok) params[spec.name] = c.value;
		else rejected.push(`${spec.label}: ${c.message}`);
	}
	// One failing check at a time: dropping its values can make an overlapping check fail. Only checks that
	// still hold a value from the link are candidates, so each round drops at least one and the loop ends.
	for (;;) {
		const bad = failing(checks, { ...defaults(specs), ...params }).find((c) => c.params.some((n) => n in params));
		if (!bad) break;
		for (const name of bad.params) delete params[name];
		rejected.push(bad.message);
	}
	return { params, sql: q.get(`${id}.sql`), rejected };
}

/** The link for one figure: its non-default values, its edited SQL if any, and its anchor. */
export function figureLink(href: string, id: string, specs: ParamSpec[], values: Params, editedSql: string | null): string {
	const url = new URL(href);
	for (const key of [...url.searchParams.keys()]) if (key.startsWith(`${id}.`)) url.searchParams.delete(key);
	for (const spec of specs) {
		const v = values[spec.name];
		if (v !== undefined && v !== spec.default) url.searchParams.set(`${id}.${spec.name}`, String(v));
	}
	if (editedSql !== null) url.searchParams.set(`${id}.sql`, editedSql);
	url.hash = id;
	return url.href;
}
