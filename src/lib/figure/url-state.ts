// A figure's state in the page URL, so a copied link restores it:
//   ?<figure-id>.<param>=<value>&<figure-id>.sql=<edited query>#<figure-id>
// Values are checked against the declarations (coerceParam) when read back; bad ones are dropped.

import { coerceParam, type ParamSpec } from './spec';
import type { Params } from '$lib/db/types';

export interface FigureUrlState {
	params: Params;
	sql: string | null;
	rejected: string[];
}

export function readFigureState(search: string, id: string, specs: ParamSpec[]): FigureUrlState {
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
