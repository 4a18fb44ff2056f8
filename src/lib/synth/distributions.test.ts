import { describe, expect, it } from 'vitest';
import {
	bernoulli,
	categorical,
	cumulative,
	gamma,
	logFactorial,
	lognormal,
	negativeBinomial,
	normal,
	poisson,
	uniform
} from './distributions';
import { customerStream } from './prng';

// Sample sizes and tolerances are set so a correct sampler sits ≥ 4 standard errors inside every bound; the
// streams are seeded, so the outcome is fixed anyway.
function moments(draw: () => number, n: number): { mean: number; variance: number; xs: Float64Array } {
	const xs = new Float64Array(n);
	let s = 0;
	for (let i = 0; i < n; i++) s += xs[i] = draw();
	const mean = s / n;
	let v = 0;
	for (const x of xs) v += (x - mean) ** 2;
	return { mean, variance: v / (n - 1), xs };
}

function poissonPmf(k: number, mean: number): number {
	return Math.exp(-mean + k * Math.log(mean) - logFactorial(k));
}

describe('distributions', () => {
	it('uniform and bernoulli', () => {
		const r = customerStream(11, 1);
		const u = moments(() => uniform(r, 2, 6), 100_000);
		expect(Math.abs(u.mean - 4)).toBeLessThan(0.02);
		expect(Math.min(...u.xs) >= 2 && Math.max(...u.xs) < 6).toBe(true);
		const b = moments(() => bernoulli(r, 0.3), 100_000);
		expect(Math.abs(b.mean - 0.3)).toBeLessThan(0.006);
	});

	it('normal: mean, variance and the 95 % interval', () => {
		const r = customerStream(11, 2);
		const m = moments(() => normal(r, 3, 2), 200_000);
		expect(Math.abs(m.mean - 3)).toBeLessThan(0.02);
		expect(Math.abs(m.variance / 4 - 1)).toBeLessThan(0.015);
		const inside = m.xs.filter((x) => Math.abs(x - 3) < 1.959964 * 2).length / m.xs.length;
		expect(Math.abs(inside - 0.95)).toBeLessThan(0.003);
	});

	it.each([0.3, 1, 2.5, 9])('gamma(shape %s, scale 2): mean kθ, variance kθ²', (k) => {
		const r = customerStream(12, Math.round(k * 10));
		const m = moments(() => gamma(r, k, 2), 100_000);
		expect(Math.abs(m.mean / (2 * k) - 1)).toBeLessThan(5 / Math.sqrt(k * 100_000));
		expect(Math.abs(m.variance / (4 * k) - 1)).toBeLessThan(0.08);
		expect(Math.min(...m.xs)).toBeGreaterThan(0);
	});

	it('gamma(1) is exponential: P(X > θ) = 1/e', () => {
		const r = customerStream(12, 99);
		const m = moments(() => gamma(r, 1, 3), 100_000);
		expect(Math.abs(m.xs.filter((x) => x > 3).length / 100_000 - Math.exp(-1))).toBeLessThan(0.0065);
		expect(() => gamma(r, 0, 1)).toThrow(RangeError);
	});

	it('logFactorial: exact table and Stirling agree across the switch', () => {
		let direct = 0;
		for (let k = 1; k <= 400; k++) {
			direct += Math.log(k);
			if (k >= 250) expect(Math.abs(logFactorial(k) - direct)).toBeLessThan(1e-9 * direct);
		}
		expect(logFactorial(0)).toBe(0);
		expect(logFactorial(5)).toBeCloseTo(Math.log(120), 12);
	});

	// Both branches (Knuth below 10, PTRS from 10), with a chi-square test of the whole pmf, not just moments.
	it.each([0.5, 3, 9.9, 10, 25, 400])('poisson(%s): mean, variance and pmf (chi-square)', (mean) => {
		const r = customerStream(13, Math.round(mean * 10));
		const n = 100_000;
		const m = moments(() => poisson(r, mean), n);
		expect(m.xs.every((x) => Number.isInteger(x) && x >= 0)).toBe(true);
		expect(Math.abs(m.mean - mean)).toBeLessThan(5 * Math.sqrt(mean / n));
		expect(Math.abs(m.variance / mean - 1)).toBeLessThan(0.03);
		// Bins of single values where the expected count is ≥ 20, tails pooled.
		const counts = new Map<number, number>();
		for (const x of m.xs) counts.set(x, (counts.get(x) ?? 0) + 1);
		let chi = 0;
		let bins = 0;
		let restObs = n;
		let restExp = n;
		for (let k = 0; k < mean * 3 + 50; k++) {
			const e = n * poissonPmf(k, mean);
			if (e < 20) continue;
			const o = counts.get(k) ?? 0;
			chi += (o - e) ** 2 / e;
			restObs -= o;
			restExp -= e;
			bins++;
		}
		if (restExp >= 5) chi += (restObs - restExp) ** 2 / restExp;
		// Loose upper bound of the chi-square's 99.99 % quantile with `bins` d.f.
		expect(chi).toBeLessThan(bins + 8 * Math.sqrt(2 * bins) + 10);
	});

	it('poisson(0) is 0 and a negative mean is refused', () => {
		const r = customerStream(13, 0);
		expect(poisson(r, 0)).toBe(0);
		expect(() => poisson(r, -1)).toThrow(RangeError);
	});

	it('negative binomial as Gamma-Poisson: mean μ, variance μ + μ²/r', () => {
		const r = customerStream(14, 1);
		const m = moments(() => negativeBinomial(r, 5, 2), 200_000);
		expect(Math.abs(m.mean / 5 - 1)).toBeLessThan(0.02);
		expect(Math.abs(m.variance / (5 + 25 / 2) - 1)).toBeLessThan(0.04);
		expect(negativeBinomial(r, 0, 2)).toBe(0);
	});

	it('lognormal by median and sigma', () => {
		const r = customerStream(15, 1);
		const m = moments(() => lognormal(r, 2200, 0.6), 100_000);
		expect(Math.abs(m.xs.filter((x) => x < 2200).length / 100_000 - 0.5)).toBeLessThan(0.008);
		const logs = moments(() => Math.log(lognormal(r, 2200, 0.6)), 100_000);
		expect(Math.abs(Math.sqrt(logs.variance) - 0.6)).toBeLessThan(0.006);
	});

	it('categorical follows the weights, never draws a zero weight, and renormalises from an index', () => {
		const r = customerStream(16, 1);
		const cum = cumulative([1, 0, 3, 6]);
		const n = 100_000;
		const c = [0, 0, 0, 0];
		for (let i = 0; i < n; i++) c[categorical(r, cum)]!++;
		expect(c[1]).toBe(0);
		[0.1, 0, 0.3, 0.6].forEach((p, i) => expect(Math.abs(c[i]! / n - p)).toBeLessThan(0.006));
		const d = [0, 0, 0, 0];
		for (let i = 0; i < n; i++) d[categorical(r, cum, 2)]!++;
		expect(d[0]! + d[1]!).toBe(0);
		expect(Math.abs(d[2]! / n - 1 / 3)).toBeLessThan(0.008);
		expect(() => cumulative([0, 0])).toThrow(RangeError);
		expect(() => cumulative([1, -1])).toThrow(RangeError);
	});
});
