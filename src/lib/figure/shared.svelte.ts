// Parameters shared by several figures of a page: a `-- @param … shared=<group>` declared with the same name in
// each figure's SQL. The first figure of the page that declares a group owns its controls; the others follow it
// (they show where the settings are made) and recompute when the owner publishes new, valid values. One store per
// page, through the figures' context, so prerendering one page never leaks into another.
import type { ParamValue, Params } from '$lib/db/types';
import type { ParamSpec } from './spec';

export class SharedParams {
	/** Bumped on every publish: figures watch it. */
	version = $state(0);
	#values: Params = {};
	#owners = new Map<string, { id: string; title: string }>();

	/** Registers a figure's shared groups (in document order) and returns the owner of each of its groups. */
	claim(id: string, title: string, params: ParamSpec[]): Map<string, { id: string; title: string }> {
		const mine = new Map<string, { id: string; title: string }>();
		for (const p of params) {
			if (!p.shared) continue;
			if (!this.#owners.has(p.shared)) this.#owners.set(p.shared, { id, title });
			mine.set(p.shared, this.#owners.get(p.shared)!);
		}
		return mine;
	}

	/** New values for some shared parameters (already checked by the figure that sets them). */
	publish(values: Params) {
		if (!Object.keys(values).length) return;
		this.#values = { ...this.#values, ...values };
		this.version += 1;
	}

	/** The published values of the given figure's shared parameters (those published so far). */
	pick(params: ParamSpec[]): Params {
		const out: Params = {};
		for (const p of params) if (p.shared && Object.hasOwn(this.#values, p.name)) out[p.name] = this.#values[p.name] as ParamValue;
		return out;
	}
}

/** The shared subset of `values`. */
export const sharedOf = (params: ParamSpec[], values: Params): Params =>
	Object.fromEntries(params.filter((p) => p.shared && Object.hasOwn(values, p.name)).map((p) => [p.name, values[p.name] as ParamValue]));

/** True when `next` changes any of the values in `current`. */
export const differs = (next: Params, current: Params) => Object.entries(next).some(([k, v]) => current[k] !== v);

/**
 * One line for a figure that follows shared settings: consecutive labels with the same "Prefix: " are merged,
 * so "Orders: band 2 from 2 · Orders: band 3 from 4" reads "Orders: band 2 from 2, band 3 from 4".
 */
const MAX_LISTED = 12;

export function describeSettings(params: ParamSpec[], values: Params): string {
	// A long list of settings (a factor table) names only those changed from their defaults.
	if (params.length > MAX_LISTED) {
		const changed = params.filter((p) => values[p.name] !== p.default);
		if (!changed.length) return `all ${params.length} settings at their defaults`;
		return `${describeSettings(changed.length > MAX_LISTED ? changed.slice(0, MAX_LISTED) : changed, values)}${changed.length > MAX_LISTED ? ` and ${changed.length - MAX_LISTED} more` : ''} (the other ${params.length - changed.length} at their defaults)`;
	}
	const parts: { prefix: string; items: string[] }[] = [];
	for (const p of params) {
		const v = values[p.name];
		const shown = p.options?.find((o) => o.value === String(v))?.label ?? String(v);
		const at = p.label.indexOf(': ');
		const prefix = at > 0 ? p.label.slice(0, at) : '';
		const item = `${at > 0 ? p.label.slice(at + 2) : p.label} ${shown}`;
		const last = parts.at(-1);
		if (last && prefix && last.prefix === prefix) last.items.push(item);
		else parts.push({ prefix, items: [item] });
	}
	return parts.map((x) => (x.prefix ? `${x.prefix}: ` : '') + x.items.join(', ')).join(' · ');
}
