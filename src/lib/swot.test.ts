import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { position, strategyOf, totals, validate, weightToFlip, type Factor, type Quadrant } from './swot';

const f = (id: string, weight: number, rating: number): Factor => ({ id, quadrant: id[0] as Quadrant, weight, rating });

describe('SWOT position', () => {
	it('computes S, W, O, T, P, θ, ρ and IFE/EFE by their definitions', () => {
		const p = position([f('S1', 0.3, 4), f('S2', 0.2, 2), f('W1', 0.5, 3), f('O1', 0.6, 5), f('T1', 0.4, 2)]);
		expect(p.S).toBeCloseTo(1.6, 12);
		expect(p.W).toBeCloseTo(1.5, 12);
		expect(p.O).toBeCloseTo(3, 12);
		expect(p.T).toBeCloseTo(0.8, 12);
		expect(p.x).toBeCloseTo(0.025, 12);
		expect(p.y).toBeCloseTo(0.55, 12);
		expect(p.theta).toBeCloseTo((Math.atan2(0.55, 0.025) * 180) / Math.PI, 9);
		expect(p.strategy).toBe('SO aggressive');
		expect(p.rho).toBeCloseTo((1.6 * 3) / (1.6 * 3 + 1.5 * 0.8), 12);
		expect([p.ife, p.efe]).toEqual([p.S + p.W, p.O + p.T]);
	});

	it('names the strategy of every quadrant, boundaries to the quadrant they open', () => {
		expect([0, 45, 89.99, 90, 179, 180, 269, 270, 359.9].map(strategyOf)).toEqual([
			'SO aggressive', 'SO aggressive', 'SO aggressive', 'WO turnaround', 'WO turnaround', 'WT defensive', 'WT defensive', 'ST diversification', 'ST diversification'
		]);
		const at = (s: number, w: number, o: number, t: number) => position([f('S1', 0.5, s), f('W1', 0.5, w), f('O1', 0.5, o), f('T1', 0.5, t)]);
		expect(at(4, 2, 4, 2).strategy).toBe('SO aggressive');
		expect(at(2, 4, 4, 2).strategy).toBe('WO turnaround');
		expect(at(2, 4, 2, 4).strategy).toBe('WT defensive');
		expect(at(4, 2, 2, 4).strategy).toBe('ST diversification');
		// edge cases: on an axis, at the origin, and no threats or weaknesses at all
		expect(at(3, 3, 4, 2).theta).toBe(90);
		expect(at(3, 3, 3, 3).theta).toBe(0);
		expect(position([f('S1', 1, 5), f('O1', 1, 5)]).rho).toBe(1);
		expect(position([f('S1', 1, 0), f('W1', 0, 0), f('O1', 1, 0), f('T1', 0, 0)]).rho).toBeNaN();
	});

	it('refuses weights that do not sum to 1 within a side and ratings outside 1-5', () => {
		expect(validate([f('S1', 0.5, 3), f('W1', 0.5, 3), f('O1', 0.7, 3), f('T1', 0.3, 3)])).toEqual([]);
		expect(validate([f('S1', 0.6, 3), f('W1', 0.5, 3), f('O1', 0.7, 3), f('T1', 0.3, 6)])).toEqual(['S + W weights sum to 1.1, not 1', 'T1: rating 6 is outside 1-5']);
	});

	it('finds how far one weight must move to change the strategy, and the strategy it changes to', () => {
		const fs = [f('S1', 0.3, 4), f('S2', 0.2, 2), f('W1', 0.5, 3), f('O1', 0.6, 5), f('T1', 0.4, 2)];
		const flip = weightToFlip(fs, 'W1')!;
		// W1 up by Δ, S1 and S2 scaled by (0.5 − Δ)/0.5: S − W = 1.6·(0.5 − Δ)/0.5 − 3·(0.5 + Δ) = 0.1 − 6.2Δ
		expect(flip.delta).toBeCloseTo(0.1 / 6.2, 12);
		expect(flip.strategy).toBe('WO turnaround');
		// and just short of it the strategy has not changed
		const short = fs.map((x) => (x.id === 'W1' ? { ...x, weight: 0.5 + flip.delta - 1e-6 } : x.quadrant === 'S' ? { ...x, weight: (x.weight * (0.5 - flip.delta + 1e-6)) / 0.5 } : x));
		expect(position(short).strategy).toBe('SO aggressive');
		// moving O1 down to a sixth of the side makes O = T (2 + 6Δ = 0)
		expect(weightToFlip([f('S1', 0.5, 5), f('W1', 0.5, 1), f('O1', 0.5, 5), f('T1', 0.5, 1)], 'O1')!.delta).toBeCloseTo(-1 / 3, 12);
		// a weight that cannot change it within [0, 1]: the only factor of its side, or one whose side cannot cross
		expect(weightToFlip([f('S1', 0.5, 5), f('W1', 0.5, 1), f('O1', 1, 5)], 'O1')).toBeNull();
		expect(weightToFlip([f('S1', 0.5, 5), f('S2', 0.3, 4), f('W1', 0.2, 1), f('O1', 1, 5)], 'S2')).toBeNull();
	});
});

describe('the site’s SWOT factors (data/reference/swot_factors.csv)', () => {
	const lines = readFileSync(new URL('../../data/reference/swot_factors.csv', import.meta.url), 'utf8').trim().split('\n');
	const header = lines[0]!.split(',');
	// simple CSV: quoted fields may hold commas
	const parse = (line: string) => [...line.matchAll(/("(?:[^"]|"")*"|[^,]*)(,|$)/g)].map((m) => m[1]!.replace(/^"|"$/g, '').replaceAll('""', '"')).slice(0, header.length);
	const rows = lines.slice(1).map((l) => Object.fromEntries(parse(l).map((v, i) => [header[i]!, v])));
	const factors = rows.map((r) => f(r.factor_id!, Number(r.weight), Number(r.rating)));

	it('has 5-6 factors per quadrant, weights summing to 1 per side, ratings 1-5', () => {
		for (const q of ['S', 'W', 'O', 'T']) expect(rows.filter((r) => r.quadrant === q).length).toBeGreaterThanOrEqual(5);
		for (const q of ['S', 'W', 'O', 'T']) expect(rows.filter((r) => r.quadrant === q).length).toBeLessThanOrEqual(6);
		expect(validate(factors, 1e-9)).toEqual([]);
	});

	it('cites, for every factor, a source that is a row of the sourced reference tables', () => {
		const reference = ['platform_timeline', 'bank_platform_metrics', 'platform_features', 'china_online_retail', 'china_internet_users', 'china_ecommerce_transactions']
			.map((n) => readFileSync(new URL(`../../data/reference/${n}.csv`, import.meta.url), 'utf8'))
			.join('\n');
		for (const r of rows) {
			expect(r.evidence!.length, r.factor_id).toBeGreaterThan(20);
			expect(r.label_zh, r.factor_id).toMatch(/[\u4e00-\u9fff]/);
			expect(r.source_url, r.factor_id).toMatch(/^https?:\/\//);
			expect(reference.includes(r.source_url!), `${r.factor_id}: ${r.source_url}`).toBe(true);
		}
	});

	it('gives, at the default weights, a position the reader can check by hand', () => {
		const t = totals(factors);
		expect([t.S, t.W, t.O, t.T].map((x) => Number(x.toFixed(2)))).toEqual([1.8, 1.67, 2.14, 1.82]);
		expect(position(factors).strategy).toBe('SO aggressive');
	});
});
