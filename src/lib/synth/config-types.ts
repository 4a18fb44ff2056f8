/**
 * Types of the generator's parameters. Kept apart from the values so that the /data/ page (or a test) can describe
 * a parameter set without pulling in the tables.
 */

export type CategoryCode =
	| 'appliances'
	| 'digital'
	| 'auto'
	| 'precious_metals'
	| 'jewellery_gifts'
	| 'agri_specialty'
	| 'clothing_shoes'
	| 'food_beverage'
	| 'home_living'
	| 'travel'
	| 'topup_fuel'
	| 'health_beauty';

export type ProductCode =
	| 'credit_card'
	| 'consumer_loan'
	| 'mortgage'
	| 'wealth_mgmt'
	| 'fund'
	| 'insurance'
	| 'precious_metals_acct'
	| 'deposit_high';

export type ArchetypeCode = 'light' | 'small_active' | 'mainstream' | 'big_ticket' | 'affluent' | 'vip';

export interface CategoryDef {
	code: CategoryCode;
	name_en: string;
	name_zh: string;
	/** Ticket median >= 1,000 CNY: the "big-ticket" categories the top levels over-index on. */
	big_ticket: boolean;
	/** Median order amount in CNY (lognormal), before the archetype's and the customer's price factors. */
	median_cny: number;
	/** Sigma of log(amount). */
	sigma: number;
	/** Multipliers on the base month weights, index 0 = January (missing = 1). */
	month_multipliers?: readonly number[];
}

export interface ArchetypeDef {
	code: ArchetypeCode;
	name_en: string;
	/** Share of customers. */
	share: number;
	/** Orders per year = 1 + NegBin(extra_mean × exposure, shape); exposure = share of the window after sign-up. */
	orders: { extra_mean: number; shape: number };
	/** Multiplier on every category's ticket median. */
	ticket_multiplier: number;
	/** Relative weight of each category in this archetype's orders. */
	category_weights: Readonly<Record<CategoryCode, number>>;
	/** Age bands 18-24, 25-34, 35-44, 45-54, 55+. */
	age_weights: readonly number[];
	female_share: number;
	/** City tiers 1..4. */
	city_tier_weights: readonly number[];
	/** Card types in the order of `SynthParams.card_types`. */
	card_type_weights: readonly number[];
}

export interface PlantedRule {
	product: ProductCode;
	/** Plain-language statement of the antecedent, for /data/. */
	rule: string;
	/** Bought at least one of these categories (any of them). */
	categories?: readonly CategoryCode[];
	/** And holds this product (drawn from base rates before the planted draw). */
	requires_product?: ProductCode;
	/** Or: in one of these age bands ... */
	age_bands?: readonly string[];
	/** ... with at least this many orders. */
	min_orders?: number;
	/** P(product | eligible) the plant aims at. */
	target: number;
}

export interface SynthParams {
	seed: number;
	window_year: number;
	register: { first_year: number; weights: readonly number[] };
	regions: { codes: readonly string[]; weights: readonly number[] };
	age_bands: readonly string[];
	genders: readonly string[];
	card_types: readonly string[];
	customer_price_sigma: number;
	max_orders: number;
	month_weights: readonly number[];
	festival_days: readonly { month: number; day: number; share: number }[];
	categories: readonly CategoryDef[];
	archetypes: readonly ArchetypeDef[];
	holdings: {
		products: readonly ProductCode[];
		base_rates: Readonly<Record<ProductCode, readonly number[]>>;
	};
	planted: { g1: PlantedRule; g2: PlantedRule; g3: PlantedRule };
	pay: {
		methods: readonly string[];
		points_share: number;
		credit_card_share: number;
		installment_share: number;
		installment_min_cny: number;
	};
}
