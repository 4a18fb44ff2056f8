/**
 * Support, confidence and lift of the three planted antecedents, recomputed from the tables alone (not from the
 * ground truth), the way an analyst with only `orders` and `holdings` would see them. Used by the tests to prove the
 * relations are planted (lift well above 1) and absent in the null model (lift near 1).
 */
import type { SynthData } from './tables';

/** Bit mask of the categories each customer bought at least once (index = customer_id − 1). */
export function boughtMasks(data: SynthData): Int32Array {
	const out = new Int32Array(data.customers.customer_id.length);
	const { customer_id, category } = data.orders;
	for (let r = 0; r < customer_id.length; r++) {
		const i = (customer_id[r] as number) - 1;
		out[i] = (out[i] as number) | (1 << (category[r] as number));
	}
	return out;
}

export function orderCounts(data: SynthData): Int32Array {
	const out = new Int32Array(data.customers.customer_id.length);
	for (const id of data.orders.customer_id) out[id - 1]!++;
	return out;
}

export interface Lift {
	/** Customers matching the antecedent. */
	nA: number;
	supportA: number;
	supportY: number;
	/** Rule support, supp(A ∪ Y). */
	supportAY: number;
	confidence: number;
	lift: number;
	/** Approximate standard error of the lift from the antecedent's sample size (binomial on the confidence). */
	se: number;
}

export function lift(antecedent: Uint8Array, consequent: Uint8Array): Lift {
	const n = antecedent.length;
	let a = 0, y = 0, ay = 0;
	for (let i = 0; i < n; i++) {
		a += antecedent[i] as number;
		y += consequent[i] as number;
		ay += (antecedent[i] as number) & (consequent[i] as number);
	}
	const supportY = y / n;
	const confidence = a ? ay / a : NaN;
	const l = confidence / supportY;
	return {
		nA: a,
		supportA: a / n,
		supportY,
		supportAY: ay / n,
		confidence,
		lift: l,
		se: a ? (Math.sqrt((supportY * (1 - supportY)) / a) / supportY) : Infinity
	};
}

export interface PlantedAntecedents {
	g1: Uint8Array;
	g2: Uint8Array;
	g3: Uint8Array;
}

/** The antecedents of G1-G3 as stated in `params.planted`, evaluated on the tables. */
export function plantedAntecedents(data: SynthData): PlantedAntecedents {
	const n = data.customers.customer_id.length;
	const masks = boughtMasks(data);
	const counts = orderCounts(data);
	const { planted } = data.params;
	const codes = data.dict.category;
	const build = (key: 'g1' | 'g2' | 'g3') => {
		const r = planted[key];
		let mask = 0;
		for (const c of r.categories ?? []) mask |= 1 << codes.indexOf(c);
		const need = r.requires_product ? (data.holdings[r.requires_product] as Uint8Array) : null;
		const ages = r.age_bands ? new Set(r.age_bands.map((a) => data.dict.age_band.indexOf(a))) : null;
		const out = new Uint8Array(n);
		for (let i = 0; i < n; i++)
			out[i] =
				(mask === 0 || ((masks[i] as number) & mask) !== 0) &&
				(need === null || need[i] === 1) &&
				(ages === null || ages.has(data.customers.age_band[i] as number)) &&
				(counts[i] as number) >= (r.min_orders ?? 0)
					? 1
					: 0;
		return out;
	};
	return { g1: build('g1'), g2: build('g2'), g3: build('g3') };
}
