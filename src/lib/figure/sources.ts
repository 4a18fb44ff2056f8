// The sources of what a figure shows, read from its rows: every distinct source_url, in order of first
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
		const url = r.source_url;
		if (typeof url !== 'string' || url === '') continue;
		const ref = byUrl.get(url) ?? { url, name: typeof r.source_name === 'string' ? r.source_name : url, low: false };
		if (r.confidence === 'low') ref.low = true;
		byUrl.set(url, ref);
	}
	return [...byUrl.values()];
}
