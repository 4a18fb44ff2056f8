/**
 * Turns the readable parameters (config.ts) into the flat lookup tables the generator's inner loop uses:
 * cumulative weight arrays, per-category month tables, base rates indexed by product and age band. Done once per
 * run, so the loop over ~7 M orders touches only typed arrays and numbers. Also validates the parameters, so a bad
 * edit fails loudly here rather than producing quietly wrong data.
 */
import { monthLengths } from './calendar';
import type { PlantedRule, SynthParams } from './config-types';
import { cumulative } from './distributions';

export interface CompiledPlant {
	product: number;
	/** Bit mask of category indices; eligible if any was bought (0 = no category condition). */
	categoryMask: number;
	/** Product index that must be held (-1 = none). */
	requiresProduct: number;
	/** Age-band indices allowed (null = any). */
	ageBands: ReadonlySet<number> | null;
	minOrders: number;
	/** Extra probability by age band so that P(product | eligible) = target: (target − base) / (1 − base). */
	extraByAge: Float64Array;
}

export interface Compiled {
	archetypeCum: Float64Array;
	ageCum: Float64Array[];
	tierCum: Float64Array[];
	cardCum: Float64Array[];
	categoryCum: Float64Array[];
	femaleShare: Float64Array;
	ticketMult: Float64Array;
	extraMean: Float64Array;
	nbShape: Float64Array;
	regionCum: Float64Array;
	registerCum: Float64Array;
	/** Month index in the window at which a registration-month index starts ordering (0 for sign-ups before it). */
	registerStartMonth: Uint8Array;
	monthCum: Float64Array[];
	monthLen: number[];
	monthStart: number[];
	/** Festival day (1-based) and share per month, day 0 = none. */
	festivalDay: Uint8Array;
	festivalShare: Float64Array;
	median: Float64Array;
	sigma: Float64Array;
	/** base[product * nAge + age]. */
	base: Float64Array;
	nProducts: number;
	nAge: number;
	plants: CompiledPlant[];
}

function indexOf(list: readonly string[], value: string, what: string): number {
	const i = list.indexOf(value);
	if (i < 0) throw new Error(`synth params: unknown ${what} '${value}'`);
	return i;
}

function compilePlant(p: SynthParams, rule: PlantedRule, base: Float64Array): CompiledPlant {
	const products = p.holdings.products as readonly string[];
	const codes = p.categories.map((c) => c.code as string);
	const nAge = p.age_bands.length;
	const product = indexOf(products, rule.product, 'product');
	let categoryMask = 0;
	for (const c of rule.categories ?? []) categoryMask |= 1 << indexOf(codes, c, 'category');
	const extraByAge = new Float64Array(nAge);
	for (let a = 0; a < nAge; a++) {
		const b = base[product * nAge + a] as number;
		extraByAge[a] = rule.target > b ? (rule.target - b) / (1 - b) : 0;
	}
	return {
		product,
		categoryMask,
		requiresProduct: rule.requires_product ? indexOf(products, rule.requires_product, 'product') : -1,
		ageBands: rule.age_bands ? new Set(rule.age_bands.map((a) => indexOf(p.age_bands, a, 'age band'))) : null,
		minOrders: rule.min_orders ?? 0,
		extraByAge
	};
}

export function compile(p: SynthParams): Compiled {
	const nCat = p.categories.length;
	if (nCat > 30) throw new Error('synth params: at most 30 categories (bit masks)');
	const nAge = p.age_bands.length;
	const codes = p.categories.map((c) => c.code);
	const arch = p.archetypes;
	const per = <T>(f: (a: (typeof arch)[number]) => T) => arch.map(f);
	const lens = monthLengths(p.window_year);
	const monthStart: number[] = [];
	lens.reduce((s, len) => (monthStart.push(s), s + len), 0);

	const festivalDay = new Uint8Array(12);
	const festivalShare = new Float64Array(12);
	for (const f of p.festival_days) {
		if (f.month < 1 || f.month > 12 || f.day < 1 || f.day > (lens[f.month - 1] as number))
			throw new Error(`synth params: bad festival day ${f.month}-${f.day}`);
		festivalDay[f.month - 1] = f.day;
		festivalShare[f.month - 1] = f.share;
	}

	// pay.ts relies on this order.
	if (p.pay.methods.join() !== 'cash,points_plus_cash,credit_card,installment')
		throw new Error('synth params: pay methods must be cash, points_plus_cash, credit_card, installment');
	const nReg = p.register.weights.length;
	const windowOffset = (p.window_year - p.register.first_year) * 12;
	if (windowOffset < 0 || nReg > windowOffset + 12) throw new Error('synth params: registrations must end with the window');
	const registerStartMonth = new Uint8Array(nReg);
	for (let r = 0; r < nReg; r++) registerStartMonth[r] = Math.max(0, r - windowOffset);

	const products = p.holdings.products;
	const base = new Float64Array(products.length * nAge);
	products.forEach((prod, i) => {
		const rates = p.holdings.base_rates[prod];
		if (rates.length !== nAge) throw new Error(`synth params: base rates of ${prod} need ${nAge} age bands`);
		rates.forEach((r, a) => (base[i * nAge + a] = r));
	});

	const plants = [p.planted.g1, p.planted.g2, p.planted.g3].map((r) => compilePlant(p, r, base));
	// holdings.ts evaluates the plants in turn: a plant's product must not be another plant's condition.
	for (const g of plants)
		if (plants.some((h) => h.requiresProduct === g.product))
			throw new Error(`synth params: planted product '${products[g.product]}' is also a planted condition`);

	return {
		archetypeCum: cumulative(per((a) => a.share)),
		ageCum: per((a) => cumulative(a.age_weights)),
		tierCum: per((a) => cumulative(a.city_tier_weights)),
		cardCum: per((a) => cumulative(a.card_type_weights)),
		categoryCum: per((a) => cumulative(codes.map((c) => a.category_weights[c]))),
		femaleShare: Float64Array.from(per((a) => a.female_share)),
		ticketMult: Float64Array.from(per((a) => a.ticket_multiplier)),
		extraMean: Float64Array.from(per((a) => a.orders.extra_mean)),
		nbShape: Float64Array.from(per((a) => a.orders.shape)),
		regionCum: cumulative(p.regions.weights),
		registerCum: cumulative(p.register.weights),
		registerStartMonth,
		monthCum: p.categories.map((c) =>
			cumulative(p.month_weights.map((w, m) => w * (c.month_multipliers?.[m] ?? 1)))
		),
		monthLen: lens,
		monthStart,
		festivalDay,
		festivalShare,
		median: Float64Array.from(p.categories.map((c) => c.median_cny)),
		sigma: Float64Array.from(p.categories.map((c) => c.sigma)),
		base,
		nProducts: products.length,
		nAge,
		plants
	};
}
