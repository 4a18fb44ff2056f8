import { nodeEngine, readManifest } from '$lib/server/engine';
import { DEFAULT_PARAMS } from '$lib/synth/config';

// Every table the site ships, with its columns and the distinct sources its rows cite, and how the synthetic
// dataset is made (the generator's parameters, read from its config rather than retyped).
export const load = async () => {
	const manifest = readManifest();
	const engine = await nodeEngine(['reference']);
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
	const p = DEFAULT_PARAMS;
	const generator = {
		archetypes: p.archetypes.map((a) => ({ name: a.name_en, share: a.share, orders: 1 + a.orders.extra_mean, ticket: a.ticket_multiplier })),
		categories: p.categories.map((c) => ({ code: c.code, name_en: c.name_en, name_zh: c.name_zh, median: c.median_cny, sigma: c.sigma })),
		planted: Object.entries(p.planted).map(([g, r]) => ({ group: g.toUpperCase(), product: r.product, rule: r.rule, target: r.target })),
		baseRates: Object.entries(p.holdings.base_rates).map(([product, rates]) => ({ product, rates: [...rates] })),
		ageBands: [...p.age_bands],
		monthWeights: [...p.month_weights],
		festivalDays: p.festival_days.map((f) => ({ ...f }))
	};
	return { manifest, sources, generator };
};
