/**
 * The generator's output: column arrays (typed arrays, one per column), because 1 M customers and ~7 M orders as
 * row objects would cost gigabytes, while columns cost ~20 bytes per order and hand straight to Arrow/Parquet/DuckDB.
 *
 * Encodings (decode with `SynthData.dict`):
 * - categorical columns (age_band, gender, region, card_type, register_month, category, pay_method, archetype) are
 *   0-based indices into the matching `dict` list;
 * - `city_tier` is the tier itself, 1..4;
 * - `order_date` is the DAY OF YEAR in the window year (1 = 1 January 2015); `isoDate(year, d)` or
 *   `dict.order_date[d]` gives 'YYYY-MM-DD';
 * - `amount` is CNY, already rounded to 0.01 (integer cents / 100, so it prints exactly with 2 decimals);
 * - holding flags are 0/1.
 */
import type { SynthParams } from './config-types';

export interface CustomersTable {
	customer_id: Int32Array;
	age_band: Uint8Array;
	gender: Uint8Array;
	region: Uint8Array;
	city_tier: Uint8Array;
	card_type: Uint8Array;
	register_month: Uint8Array;
}

export interface OrdersTable {
	/** 1..n in (customer_id, order_date, draw order) order: unique, and prefix-stable like everything else. */
	order_id: Int32Array;
	customer_id: Int32Array;
	order_date: Uint16Array;
	category: Uint8Array;
	amount: Float64Array;
	pay_method: Uint8Array;
}

/** customer_id plus one 0/1 column per product (names from `params.holdings.products`). */
export type HoldingsTable = { customer_id: Int32Array } & Record<string, Uint8Array | Int32Array>;

export interface CategoryRow {
	code: string;
	name_en: string;
	name_zh: string;
	big_ticket: boolean;
}

/** Ground truth for tests only: never ship it with the site's tables. */
export interface Truth {
	archetype: Uint8Array;
	g1_eligible: Uint8Array;
	g1_fired: Uint8Array;
	g2_eligible: Uint8Array;
	g2_fired: Uint8Array;
	g3_eligible: Uint8Array;
	g3_fired: Uint8Array;
}

export interface Dictionaries {
	age_band: readonly string[];
	gender: readonly string[];
	region: readonly string[];
	card_type: readonly string[];
	register_month: readonly string[];
	category: readonly string[];
	pay_method: readonly string[];
	archetype: readonly string[];
	/** Index = day of year; index 0 is ''. */
	order_date: readonly string[];
}

export interface SynthData {
	seed: number;
	plant: boolean;
	params: SynthParams;
	customers: CustomersTable;
	orders: OrdersTable;
	holdings: HoldingsTable;
	/**
	 * The null model's holdings: the same customers' products before the planted relations (what `plant: false`
	 * generates; the plants draw their uniforms either way, so nothing else in the holdings differs).
	 */
	holdings_null: HoldingsTable;
	categories: CategoryRow[];
	truth: Truth;
	dict: Dictionaries;
}

/** Order columns that grow while customers are generated (the final count is only known at the end). */
export class OrderColumns {
	length = 0;
	customer_id: Int32Array;
	order_date: Uint16Array;
	category: Uint8Array;
	amount: Float64Array;
	pay_method: Uint8Array;

	constructor(capacity: number) {
		const c = Math.max(16, Math.ceil(capacity));
		this.customer_id = new Int32Array(c);
		this.order_date = new Uint16Array(c);
		this.category = new Uint8Array(c);
		this.amount = new Float64Array(c);
		this.pay_method = new Uint8Array(c);
	}

	/** Makes room for `extra` more rows, growing by half again (amortised O(1) per row). */
	reserve(extra: number): void {
		const need = this.length + extra;
		if (need <= this.customer_id.length) return;
		const c = Math.max(need, Math.ceil(this.customer_id.length * 1.5));
		const grow = <T extends Int32Array | Uint16Array | Uint8Array | Float64Array>(a: T, make: (n: number) => T) => {
			const b = make(c);
			b.set(a.subarray(0, this.length) as never);
			return b;
		};
		this.customer_id = grow(this.customer_id, (n) => new Int32Array(n));
		this.order_date = grow(this.order_date, (n) => new Uint16Array(n));
		this.category = grow(this.category, (n) => new Uint8Array(n));
		this.amount = grow(this.amount, (n) => new Float64Array(n));
		this.pay_method = grow(this.pay_method, (n) => new Uint8Array(n));
	}

	/** Exact-length copies, plus the sequential order ids. */
	finish(): OrdersTable {
		const n = this.length;
		const order_id = new Int32Array(n);
		for (let i = 0; i < n; i++) order_id[i] = i + 1;
		return {
			order_id,
			customer_id: this.customer_id.slice(0, n),
			order_date: this.order_date.slice(0, n),
			category: this.category.slice(0, n),
			amount: this.amount.slice(0, n),
			pay_method: this.pay_method.slice(0, n)
		};
	}
}
