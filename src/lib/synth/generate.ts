/**
 * The synthetic customer dataset: `generate({ customers, seed, plant })`.
 *
 * Each customer is drawn from their own sfc32 stream (prng.ts), in a fixed sequence: archetype and profile, then
 * orders (count, then category → month → day → amount for each), then holdings, then the planted relations, then
 * how each order was paid. Because the sequence and the number of uniforms drawn never depend on `plant`, the null
 * model differs from the planted one only in the holdings the plants switch on (and the payment of those
 * customers' orders, which needs a credit card or loan), and because each stream depends only on (seed, id),
 * customers 1..n are identical at any total size.
 */
import { isoDateTable, monthLabel } from './calendar';
import { compile } from './compile';
import { DEFAULT_PARAMS } from './config';
import type { SynthParams } from './config-types';
import { categorical, negativeBinomial, standardNormal } from './distributions';
import { drawHoldings } from './holdings';
import { assignPayMethods } from './pay';
import { Sfc32, customerSeed } from './prng';
import { OrderColumns, type SynthData, type Truth } from './tables';

export interface GenerateOptions {
	/** Number of customers; ids are 1..customers. */
	customers: number;
	/** 0..2³²−1; default `params.seed` (20140112). */
	seed?: number;
	/** false = null model: holdings independent of behaviour given the age band. */
	plant?: boolean;
	params?: SynthParams;
	/** Called every `progressEvery` customers (default 10,000) and after the last one; it draws nothing. */
	onProgress?: (done: number, total: number) => void;
	progressEvery?: number;
}

export function generate({ customers: n, seed, plant = true, params = DEFAULT_PARAMS, onProgress, progressEvery = 10_000 }: GenerateOptions): SynthData {
	if (!Number.isInteger(n) || n < 0 || n > 2 ** 31 - 2) throw new RangeError(`generate: bad customer count ${n}`);
	const s = seed ?? params.seed;
	// Seeds are 32-bit words: refuse others rather than let two different seeds alias to one stream.
	if (!Number.isInteger(s) || s < 0 || s > 0xffffffff)
		throw new RangeError(`generate: seed must be an integer in 0..4294967295 (${s})`);
	const c = compile(params);
	const max = Math.min(params.max_orders, 4095);
	const cust = {
		customer_id: new Int32Array(n),
		age_band: new Uint8Array(n),
		gender: new Uint8Array(n),
		region: new Uint8Array(n),
		city_tier: new Uint8Array(n),
		card_type: new Uint8Array(n),
		register_month: new Uint8Array(n)
	};
	const products = params.holdings.products;
	const flags = products.map(() => new Uint8Array(n));
	const nullFlags = products.map(() => new Uint8Array(n));
	const truth: Truth = {
		archetype: new Uint8Array(n),
		g1_eligible: new Uint8Array(n), g1_fired: new Uint8Array(n),
		g2_eligible: new Uint8Array(n), g2_fired: new Uint8Array(n),
		g3_eligible: new Uint8Array(n), g3_fired: new Uint8Array(n)
	};
	const eligible = [truth.g1_eligible, truth.g2_eligible, truth.g3_eligible];
	const fired = [truth.g1_fired, truth.g2_fired, truth.g3_fired];
	const orders = new OrderColumns(n * 7.5);
	// Per-customer scratch: draws in generation order, then a sort key (day · 4096 + draw index) puts them in date
	// order with ties kept in draw order.
	const tDay = new Uint16Array(max), tCat = new Uint8Array(max), tAmt = new Float64Array(max);
	const keys = new Int32Array(max);
	const held = new Uint8Array(c.nProducts);
	const baseHeld = new Uint8Array(c.nProducts);
	const rng = new Sfc32();

	for (let i = 0; i < n; i++) {
		const id = i + 1;
		rng.seed(customerSeed(s, id));
		const a = categorical(rng, c.archetypeCum);
		const age = categorical(rng, c.ageCum[a] as Float64Array);
		cust.customer_id[i] = id;
		cust.age_band[i] = age;
		cust.gender[i] = rng.next() < (c.femaleShare[a] as number) ? 0 : 1;
		cust.region[i] = categorical(rng, c.regionCum);
		cust.city_tier[i] = 1 + categorical(rng, c.tierCum[a] as Float64Array);
		cust.card_type[i] = categorical(rng, c.cardCum[a] as Float64Array);
		const reg = categorical(rng, c.registerCum);
		cust.register_month[i] = reg;
		truth.archetype[i] = a;

		// Orders: count from the archetype's negative binomial, scaled by the part of the year after sign-up.
		const start = c.registerStartMonth[reg] as number;
		const exposure = (12 - start) / 12;
		const priceFactor = (c.ticketMult[a] as number) * Math.exp(params.customer_price_sigma * standardNormal(rng));
		const count = Math.min(max, 1 + negativeBinomial(rng, (c.extraMean[a] as number) * exposure, c.nbShape[a] as number));
		const catCum = c.categoryCum[a] as Float64Array;
		let bought = 0;
		for (let k = 0; k < count; k++) {
			const cat = categorical(rng, catCum);
			const m = categorical(rng, c.monthCum[cat] as Float64Array, start);
			const fest = c.festivalDay[m] as number;
			const u = rng.next();
			const v = rng.next();
			const day = fest > 0 && u < (c.festivalShare[m] as number) ? fest : 1 + Math.floor(v * (c.monthLen[m] as number));
			const raw = (c.median[cat] as number) * priceFactor * Math.exp((c.sigma[cat] as number) * standardNormal(rng));
			// Fixed rounding: half-up to whole cents, at least 1 CNY.
			tAmt[k] = Math.max(100, Math.floor(raw * 100 + 0.5)) / 100;
			tDay[k] = (c.monthStart[m] as number) + day;
			tCat[k] = cat;
			keys[k] = (tDay[k] as number) * 4096 + k;
			bought |= 1 << cat;
		}
		const sorted = keys.subarray(0, count).sort();

		const { eligible: el, fired: fi } = drawHoldings(rng, c, age, bought, count, plant, held, baseHeld);
		for (let j = 0; j < 3; j++) {
			(eligible[j] as Uint8Array)[i] = (el >> j) & 1;
			(fired[j] as Uint8Array)[i] = (fi >> j) & 1;
		}
		for (let p = 0; p < c.nProducts; p++) {
			(flags[p] as Uint8Array)[i] = held[p] as number;
			(nullFlags[p] as Uint8Array)[i] = baseHeld[p] as number;
		}

		orders.reserve(count);
		const o = orders.length;
		for (let k = 0; k < count; k++) {
			const j = (sorted[k] as number) & 4095;
			orders.customer_id[o + k] = id;
			orders.order_date[o + k] = tDay[j] as number;
			orders.category[o + k] = tCat[j] as number;
			orders.amount[o + k] = tAmt[j] as number;
		}
		assignPayMethods(rng, params.pay, held, products, orders.amount, orders.pay_method, o, count);
		orders.length += count;
		if (onProgress && (id % progressEvery === 0 || id === n)) onProgress(id, n);
	}

	const holdings: SynthData['holdings'] = { customer_id: cust.customer_id.slice() };
	products.forEach((p, j) => (holdings[p] = flags[j] as Uint8Array));
	const holdings_null: SynthData['holdings'] = { customer_id: cust.customer_id.slice() };
	products.forEach((p, j) => (holdings_null[p] = nullFlags[j] as Uint8Array));
	return {
		seed: s,
		plant,
		params,
		customers: cust,
		orders: orders.finish(),
		holdings,
		holdings_null,
		categories: params.categories.map(({ code, name_en, name_zh, big_ticket }) => ({ code, name_en, name_zh, big_ticket })),
		truth,
		dict: {
			age_band: params.age_bands,
			gender: params.genders,
			region: params.regions.codes,
			card_type: params.card_types,
			register_month: params.register.weights.map((_, r) => monthLabel(params.register.first_year, r)),
			category: params.categories.map((x) => x.code),
			pay_method: params.pay.methods,
			archetype: params.archetypes.map((x) => x.code),
			order_date: isoDateTable(params.window_year)
		}
	};
}
