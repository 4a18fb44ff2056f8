/**
 * Random variates drawn from an explicit `Stream` (prng.ts), never from a global: the stream is the customer's,
 * which is what keeps the dataset deterministic and prefix-stable.
 *
 * The methods are the textbook exact ones (no normal approximations) so that the tests can check moments and
 * probabilities tightly: Box-Muller for the normal, Marsaglia-Tsang for the gamma, Knuth's product of uniforms and
 * Hörmann's PTRS for the Poisson. Each draws a data-independent pattern only where noted: rejection samplers use a
 * variable number of uniforms, which is fine because every customer has a stream of their own.
 */
import type { Stream } from './prng';

/** Uniform on [lo, hi). */
export function uniform(rng: Stream, lo = 0, hi = 1): number {
	return lo + (hi - lo) * rng.next();
}

/** Bernoulli as 0/1. */
export function bernoulli(rng: Stream, p: number): 0 | 1 {
	return rng.next() < p ? 1 : 0;
}

/** Standard normal by Box-Muller (cosine branch only: stateless, two uniforms per draw). */
export function standardNormal(rng: Stream): number {
	const u1 = rng.nextOpen();
	const u2 = rng.next();
	return Math.sqrt(-2 * Math.log(u1)) * Math.cos(2 * Math.PI * u2);
}

export function normal(rng: Stream, mean = 0, sd = 1): number {
	return mean + sd * standardNormal(rng);
}

/** Lognormal given its median (= exp(mu)) and sigma (sd of the log), the way ticket sizes are specified. */
export function lognormal(rng: Stream, median: number, sigma: number): number {
	return median * Math.exp(sigma * standardNormal(rng));
}

/**
 * Gamma(shape, scale) by Marsaglia & Tsang (2000). For shape < 1 it draws Gamma(shape + 1) and multiplies by
 * U^(1/shape) (their "boost"), which is exact.
 */
export function gamma(rng: Stream, shape: number, scale = 1): number {
	if (!(shape > 0) || !(scale > 0)) throw new RangeError(`gamma: shape and scale must be > 0 (${shape}, ${scale})`);
	if (shape < 1) return gamma(rng, shape + 1, scale) * Math.pow(rng.nextOpen(), 1 / shape);
	const d = shape - 1 / 3;
	const c = 1 / Math.sqrt(9 * d);
	for (;;) {
		let x: number;
		let v: number;
		do {
			x = standardNormal(rng);
			v = 1 + c * x;
		} while (v <= 0);
		v = v * v * v;
		const u = rng.nextOpen();
		if (u < 1 - 0.0331 * x * x * x * x) return d * v * scale;
		if (Math.log(u) < 0.5 * x * x + d * (1 - v + Math.log(v))) return d * v * scale;
	}
}

const LOG_FACT_TABLE: Float64Array = (() => {
	const t = new Float64Array(256);
	for (let k = 1; k < 256; k++) t[k] = (t[k - 1] as number) + Math.log(k);
	return t;
})();

/** log(k!) exactly summed below 256, Stirling's series (error < 1e-12 there) above. */
export function logFactorial(k: number): number {
	if (k < 256) return LOG_FACT_TABLE[k] as number;
	const x = k + 1;
	const ix2 = 1 / (x * x);
	return (x - 0.5) * Math.log(x) - x + 0.5 * Math.log(2 * Math.PI) + (1 / 12 - ix2 * (1 / 360 - ix2 / 1260)) / x;
}

/** Poisson(mean). Knuth's product method below 10 (cheap there), PTRS (Hörmann 1993) above: both exact. */
export function poisson(rng: Stream, mean: number): number {
	if (!(mean >= 0)) throw new RangeError(`poisson: mean must be >= 0 (${mean})`);
	if (mean === 0) return 0;
	if (mean < 10) {
		const limit = Math.exp(-mean);
		let k = 0;
		let p = rng.next();
		while (p > limit) {
			k++;
			p *= rng.next();
		}
		return k;
	}
	// PTRS: transformed rejection with squeeze; constants from Hörmann's paper.
	const slam = Math.sqrt(mean);
	const loglam = Math.log(mean);
	const b = 0.931 + 2.53 * slam;
	const a = -0.059 + 0.02483 * b;
	const invAlpha = 1.1239 + 1.1328 / (b - 3.4);
	const vr = 0.9277 - 3.6224 / (b - 2);
	for (;;) {
		const u = rng.next() - 0.5;
		const v = rng.nextOpen();
		const us = 0.5 - Math.abs(u);
		const k = Math.floor(((2 * a) / us + b) * u + mean + 0.43);
		if (us >= 0.07 && v <= vr) return k;
		if (k < 0 || (us < 0.013 && v > us)) continue;
		if (Math.log(v) + Math.log(invAlpha) - Math.log(a / (us * us) + b) <= -mean + k * loglam - logFactorial(k))
			return k;
	}
}

/**
 * Negative binomial with the given mean and shape r (variance = mean + mean²/r), drawn as a Gamma-Poisson mixture:
 * each customer's latent rate is Gamma(r, mean/r), the count is Poisson in it. This is how order counts get their
 * heavy right tail.
 */
export function negativeBinomial(rng: Stream, mean: number, shape: number): number {
	if (mean <= 0) return 0;
	return poisson(rng, gamma(rng, shape, mean / shape));
}

/** Cumulative sums of non-negative weights, for `categorical`. Normalisation is not needed. */
export function cumulative(weights: readonly number[]): Float64Array {
	const out = new Float64Array(weights.length);
	let s = 0;
	weights.forEach((w, i) => {
		if (!(w >= 0)) throw new RangeError(`cumulative: weight ${i} is ${w}`);
		s += w;
		out[i] = s;
	});
	if (!(s > 0)) throw new RangeError('cumulative: weights sum to 0');
	return out;
}

/**
 * Index drawn with probability proportional to the weights behind `cum` (from `cumulative`). `from` restricts the
 * draw to indices >= from (renormalised), used to keep orders in months after a customer registered.
 */
export function categorical(rng: Stream, cum: Float64Array, from = 0): number {
	const n = cum.length;
	const lo = from > 0 ? (cum[from - 1] as number) : 0;
	const x = lo + rng.next() * ((cum[n - 1] as number) - lo);
	for (let i = from; i < n - 1; i++) if (x < (cum[i] as number)) return i;
	return n - 1;
}
