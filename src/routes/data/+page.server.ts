import { nodeEngine, readManifest } from '$lib/server/engine';

// Every table the site ships, with its columns and the distinct sources its rows cite.
export const load = async () => {
	const manifest = readManifest();
	const engine = await nodeEngine();
	const sources: Record<string, { source_name: string; source_url: string; rows: number; low: number }[]> = {};
	for (const t of manifest.tables) {
		if (!t.columns.some((c) => c.name === 'source_url')) continue;
		const { rows } = await engine.query(
			`SELECT any_value(source_name) AS source_name, source_url, count(*)::INTEGER AS rows,
			        count(*) FILTER (confidence = 'low')::INTEGER AS low
			 FROM ${t.name} WHERE source_url IS NOT NULL GROUP BY source_url ORDER BY rows DESC, source_url`
		);
		sources[t.name] = rows as (typeof sources)[string];
	}
	return { manifest, sources };
};
