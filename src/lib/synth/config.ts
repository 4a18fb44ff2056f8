/**
 * Every parameter of the synthetic customer dataset, in one frozen object (`DEFAULT_PARAMS`) so that the /data/ page
 * can print exactly what generated the files. Types are in config-types.ts; category and archetype tables live in
 * config-tables.ts. The values are calibrated so that STUDY.md's findings hold (see findings.test.ts for the bands
 * and the measured values); they describe no real bank.
 */
import { ARCHETYPES, CATEGORIES } from './config-tables';
import type { SynthParams } from './config-types';

export type * from './config-types';
export { ARCHETYPES, CATEGORIES } from './config-tables';

/** Seed used when none is given: the day 融e购 launched (2014-01-12). */
export const DEFAULT_SEED = 20140112;

/** Freeze an object graph so a consumer cannot change the parameters the files claim to come from. */
export function deepFreeze<T>(value: T): T {
	if (value && typeof value === 'object' && !Object.isFrozen(value)) {
		Object.freeze(value);
		for (const v of Object.values(value as object)) deepFreeze(v);
	}
	return value;
}

export const DEFAULT_PARAMS: SynthParams = deepFreeze({
	seed: DEFAULT_SEED,
	window_year: 2015,
	// Registration months run from the platform's launch month to the window's end (index 0 = 2014-01). Customers who
	// register during the window order only from their registration month on, and fewer times (exposure).
	register: {
		first_year: 2014,
		weights: [
			// 2014: slow start after the January launch, growing through the year
			2, 2, 3, 3, 4, 4, 4, 5, 5, 5, 6, 6,
			// 2015: steady sign-ups, heavier before 618 and Double 11
			4, 3, 3, 3, 3, 4, 2, 2, 2, 2, 3, 1
		]
	},
	regions: {
		codes: ['east', 'central', 'west', 'northeast'],
		weights: [0.46, 0.22, 0.2, 0.12]
	},
	age_bands: ['18-24', '25-34', '35-44', '45-54', '55+'],
	genders: ['F', 'M'],
	// ICBC-style debit card tiers (ordinary, elite/理财金, wealth/财富, private banking); a customer attribute.
	card_types: ['ordinary', 'elite', 'wealth', 'private'],
	// A per-customer price-level factor (lognormal, median 1) on every ticket: some people buy the dearer model.
	customer_price_sigma: 0.25,
	// Hard cap on orders per customer per year (keeps the per-customer sort key within 12 bits).
	max_orders: 2000,
	// Base seasonality of order counts (index 0 = January): 618 in June, Double 11 in November (highest), the
	// Spring Festival logistics break lowers February except for categories uplifted in CATEGORIES.
	month_weights: [0.9, 0.8, 0.9, 0.88, 0.92, 1.2, 0.9, 0.9, 0.95, 1.0, 1.55, 1.12],
	// Share of a month's orders put on its festival day (the rest spread evenly over the month).
	festival_days: [
		{ month: 6, day: 18, share: 0.3 },
		{ month: 11, day: 11, share: 0.4 },
		{ month: 12, day: 12, share: 0.15 }
	],
	categories: CATEGORIES,
	archetypes: ARCHETYPES,
	holdings: {
		products: [
			'credit_card',
			'consumer_loan',
			'mortgage',
			'wealth_mgmt',
			'fund',
			'insurance',
			'precious_metals_acct',
			'deposit_high'
		],
		// Probability of holding each product at window end, by age band (18-24, 25-34, 35-44, 45-54, 55+). The three
		// planted products vary little with age on purpose: in the null model their lifts must stay near 1 even though
		// archetypes (and so purchases) differ by age.
		base_rates: {
			credit_card: [0.22, 0.25, 0.25, 0.23, 0.19],
			consumer_loan: [0.066, 0.072, 0.072, 0.068, 0.06],
			mortgage: [0.02, 0.13, 0.21, 0.15, 0.06],
			wealth_mgmt: [0.104, 0.108, 0.11, 0.111, 0.111],
			fund: [0.07, 0.12, 0.14, 0.13, 0.09],
			insurance: [0.05, 0.1, 0.16, 0.18, 0.15],
			precious_metals_acct: [0.02, 0.04, 0.06, 0.08, 0.09],
			deposit_high: [0.04, 0.1, 0.18, 0.27, 0.33]
		}
	},
	// The three planted relations (potential customers). For an eligible customer the product is held with
	// probability `target` (the base draw, or-ed with an extra draw of (target - base) / (1 - base)).
	planted: {
		g1: {
			product: 'consumer_loan',
			rule: 'bought auto or big appliances in the window',
			categories: ['auto', 'appliances'],
			target: 0.42
		},
		g2: {
			product: 'wealth_mgmt',
			rule: 'bought precious metals and holds high deposits',
			categories: ['precious_metals'],
			requires_product: 'deposit_high',
			target: 0.55
		},
		g3: {
			product: 'credit_card',
			rule: 'aged 18-34 with at least 12 orders in the window',
			age_bands: ['18-24', '25-34'],
			min_orders: 12,
			target: 0.58
		}
	},
	// How orders are paid. Credit-card payment needs a credit card; instalments need a credit card or a consumer loan
	// (ICBC's 逸贷-style instalment credit) and an order of at least `installment_min_cny`.
	pay: {
		methods: ['cash', 'points_plus_cash', 'credit_card', 'installment'],
		points_share: 0.1,
		credit_card_share: 0.4,
		installment_share: 0.45,
		installment_min_cny: 1000
	}
});
