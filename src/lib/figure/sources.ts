// The sources of what a figure shows, read from its rows: every distinct URL in a source_url column (or
// source_url_2 … for a row computed from several sources, paired with source_name_2 …), in order of first
// appearance, with its name and whether any row from it is low-confidence.
import type { Row } from '$lib/db/types';

export interface SourceRef {
	url: string;
	name: string;
	low: boolean;
}

export function sourcesOf(rows: Row[]): SourceRef[] {
	const byUrl = new Map<string, SourceRef>();
	for (const r of rows) {
		for (const key of Object.keys(r)) {
			const m = /^source_url(_\d+)?$/.exec(key);
			const url = r[key];
			if (!m || typeof url !== 'string' || url === '') continue;
			const name = r[`source_name${m[1] ?? ''}`];
			const ref = byUrl.get(url) ?? { url, name: typeof name === 'string' ? name : url, low: false };
			if (r.confidence === 'low') ref.low = true;
			byUrl.set(url, ref);
		}
	}
	return [...byUrl.values()];
}
