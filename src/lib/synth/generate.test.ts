import { beforeAll, describe, expect, it } from 'vitest';
import { monthOfDay } from './calendar';
import { datasetChecksum, tableChecksums } from './checksum';
import { DEFAULT_PARAMS, DEFAULT_SEED } from './config';
import { generate } from './generate';
import { plantedAntecedents } from './rules';
import type { SynthData } from './tables';

type Cols = Record<string, ArrayLike<number> & { buffer: ArrayBufferLike; byteOffset: number; byteLength: number }>;

/** Byte-compare the first `rows` rows of every column of two tables; returns the names of columns that differ. */
function differingColumns(a: object, b: object, rows: number): string[] {
	const out: string[] = [];
	for (const [name, col] of Object.entries(a as Cols)) {
		const other = (b as Cols)[name];
		if (!other) {
			out.push(name);
			continue;
		}
		const bytes = (c: typeof col) => Buffer.from(c.buffer, c.byteOffset, (c.byteLength / c.length) * rows);
		if (col.length < rows || other.length < rows || !bytes(col).equals(bytes(other))) out.push(name);
	}
	return out;
}

const N = 20_000;
let data: SynthData;
beforeAll(() => {
	data = generate({ customers: N });
});

describe('generate: determinism and prefix stability', () => {
	it('same seed → identical tables (sha256 of every column); a different seed differs in every table', () => {
		const again = tableChecksums(generate({ customers: N, seed: DEFAULT_SEED }));
		const first = tableChecksums(data);
		expect(again).toEqual(first);
		const other = tableChecksums(generate({ customers: N, seed: 7 }));
		for (const t of ['customers', 'orders', 'holdings', 'truth']) expect(other[t]).not.toBe(first[t]);
		expect(data.seed).toBe(20140112);
	});

	// Pinned on purpose: a change to the generator, the parameters or the PRNG changes the site's data, and must be
	// a deliberate edit here. (Byte identity also relies on V8's Math.exp/log/cos, which are fdlibm ports: stable
	// across platforms; this test would catch an engine that differs.)
	it('keeps the pinned checksum of the default 1,000-customer dataset', () => {
		const small = generate({ customers: 1000 });
		expect(small.orders.order_id.length).toBe(6809);
		expect(datasetChecksum(small)).toBe('03458a63f013504ad3593823887221c4cae1f5bd36a788e54e8331ce1dfb926e');
	});

	it('customers 1..5000 are identical in a 5k and a 20k run, in all four tables and the truth', () => {
		const small = generate({ customers: 5000 });
		const nOrders = small.orders.order_id.length;
		expect(data.orders.customer_id[nOrders - 1]).toBe(5000);
		expect(data.orders.customer_id[nOrders]).toBe(5001);
		expect(differingColumns(small.customers, data.customers, 5000)).toEqual([]);
		expect(differingColumns(small.orders, data.orders, nOrders)).toEqual([]);
		expect(differingColumns(small.holdings, data.holdings, 5000)).toEqual([]);
		expect(differingColumns(small.truth, data.truth, 5000)).toEqual([]);
		expect(small.categories).toEqual(data.categories);
	});

	it('plant=false changes only the planted holdings of the customers the plants fired for (and how they paid)', () => {
		const nul = generate({ customers: N, plant: false });
		expect(differingColumns(nul.customers, data.customers, N)).toEqual([]);
		const o = data.orders;
		expect(differingColumns({ ...nul.orders, pay_method: o.pay_method }, o, o.order_id.length)).toEqual([]);
		for (const g of ['g1', 'g2', 'g3'] as const) {
			const product = DEFAULT_PARAMS.planted[g].product;
			const fired = data.truth[`${g}_fired`];
			const on = data.holdings[product] as Uint8Array;
			const off = nul.holdings[product] as Uint8Array;
			let unexplained = 0;
			for (let i = 0; i < N; i++) if (on[i] !== off[i] && !(fired[i] === 1 && on[i] === 1)) unexplained++;
			expect(unexplained).toBe(0);
			expect(nul.truth[`${g}_fired`].every((x) => x === 0)).toBe(true);
			expect(Buffer.from(nul.truth[`${g}_eligible`]).equals(Buffer.from(data.truth[`${g}_eligible`]))).toBe(true);
		}
	});

	it('holdings_null is exactly the holdings that plant=false generates (the null model comes with every dataset)', () => {
		const nul = generate({ customers: N, plant: false });
		expect(differingColumns(data.holdings_null, nul.holdings, N)).toEqual([]);
		expect(differingColumns(nul.holdings_null, nul.holdings, N)).toEqual([]);
		// … and it differs from the planted holdings only in the planted products
		const planted = new Set(Object.values(DEFAULT_PARAMS.planted).map((g) => g.product));
		expect(differingColumns(data.holdings_null, data.holdings, N).every((c) => planted.has(c as never))).toBe(true);
		expect(differingColumns(data.holdings_null, data.holdings, N).length).toBe(3);
	});
});

describe('generate: integrity (20k)', () => {
	it('keys are 1..n, unique and in order; orders sorted by customer then date', () => {
		const { customers: c, orders: o, holdings: h } = data;
		expect(c.customer_id.every((id, i) => id === i + 1)).toBe(true);
		expect(h.customer_id.every((id, i) => id === i + 1)).toBe(true);
		expect(o.order_id.every((id, i) => id === i + 1)).toBe(true);
		let unsorted = 0;
		for (let r = 1; r < o.order_id.length; r++) {
			const dc = o.customer_id[r]! - o.customer_id[r - 1]!;
			if (dc < 0 || (dc === 0 && o.order_date[r]! < o.order_date[r - 1]!)) unsorted++;
		}
		expect(unsorted).toBe(0);
	});

	it('every customer has ≥ 1 order; amounts > 0 in whole cents; dates in 2015; codes valid', () => {
		const { customers: c, orders: o } = data;
		const count = new Int32Array(N);
		let bad = 0;
		for (let r = 0; r < o.order_id.length; r++) {
			count[o.customer_id[r]! - 1]!++;
			const a = o.amount[r]!;
			if (!(a >= 1) || Math.round(a * 100) / 100 !== a) bad++;
			if (!(o.order_date[r]! >= 1 && o.order_date[r]! <= 365)) bad++;
			if (o.category[r]! >= 12 || o.pay_method[r]! >= 4) bad++;
		}
		expect(bad).toBe(0);
		expect(count.every((x) => x >= 1)).toBe(true);
		for (let i = 0; i < N; i++)
			if (c.age_band[i]! >= 5 || c.gender[i]! >= 2 || c.region[i]! >= 4 || c.card_type[i]! >= 4) bad++;
		expect(bad).toBe(0);
		expect(c.city_tier.every((t) => t >= 1 && t <= 4)).toBe(true);
		expect(c.register_month.every((m) => m < data.dict.register_month.length)).toBe(true);
		expect(data.dict.register_month.at(-1)).toBe('2015-12');
		expect(data.categories.map((x) => x.code)).toEqual(data.dict.category);
	});

	it('holding flags are 0/1; truth is consistent with the tables', () => {
		for (const p of DEFAULT_PARAMS.holdings.products)
			expect((data.holdings[p] as Uint8Array).every((x) => x === 0 || x === 1)).toBe(true);
		const ant = plantedAntecedents(data);
		for (const g of ['g1', 'g2', 'g3'] as const) {
			expect(Buffer.from(ant[g]).equals(Buffer.from(data.truth[`${g}_eligible`]))).toBe(true);
			const held = data.holdings[DEFAULT_PARAMS.planted[g].product] as Uint8Array;
			const fired = data.truth[`${g}_fired`];
			expect(fired.every((f, i) => f === 0 || (held[i] === 1 && ant[g][i] === 1))).toBe(true);
		}
	});

	it('orders fall on or after the registration month; payment agrees with the holdings', () => {
		const { customers: c, orders: o, holdings: h } = data;
		const windowIndex = 12; // register_month index of 2015-01
		let early = 0;
		let badPay = 0;
		for (let r = 0; r < o.order_id.length; r++) {
			const i = o.customer_id[r]! - 1;
			const startMonth = Math.max(0, c.register_month[i]! - windowIndex);
			if (monthOfDay(2015, o.order_date[r]!) < startMonth) early++;
			const pay = data.dict.pay_method[o.pay_method[r]!];
			if (pay === 'credit_card' && h.credit_card![i] !== 1) badPay++;
			if (pay === 'installment' && (o.amount[r]! < 1000 || (h.credit_card![i] !== 1 && h.consumer_loan![i] !== 1)))
				badPay++;
		}
		expect(early).toBe(0);
		expect(badPay).toBe(0);
	});

	it('draws archetypes in their stated shares (±1.5 points at 20k)', () => {
		DEFAULT_PARAMS.archetypes.forEach((a, k) => {
			const share = data.truth.archetype.filter((x) => x === k).length / N;
			expect(Math.abs(share - a.share)).toBeLessThan(0.015);
		});
	});
});

describe('parameters', () => {
	it('are deeply frozen, with the study defaults', () => {
		expect(Object.isFrozen(DEFAULT_PARAMS)).toBe(true);
		expect(Object.isFrozen(DEFAULT_PARAMS.categories[0])).toBe(true);
		expect(Object.isFrozen(DEFAULT_PARAMS.archetypes[0]!.category_weights)).toBe(true);
		expect(DEFAULT_PARAMS.seed).toBe(20140112);
		expect(DEFAULT_PARAMS.window_year).toBe(2015);
		expect(DEFAULT_PARAMS.categories).toHaveLength(12);
		expect(DEFAULT_PARAMS.categories.every((c) => c.name_zh.length > 0 && c.name_en.length > 0)).toBe(true);
		expect(DEFAULT_PARAMS.archetypes.reduce((s, a) => s + a.share, 0)).toBeCloseTo(1, 12);
		expect(JSON.parse(JSON.stringify(DEFAULT_PARAMS))).toEqual(DEFAULT_PARAMS);
	});

	it('refuses a bad customer count or seed', () => {
		expect(() => generate({ customers: -1 })).toThrow(RangeError);
		expect(() => generate({ customers: 1.5 })).toThrow(RangeError);
		expect(() => generate({ customers: 10, seed: 0.5 })).toThrow(RangeError);
		expect(() => generate({ customers: 10, seed: -1 })).toThrow(RangeError);
		expect(() => generate({ customers: 10, seed: 2 ** 32 })).toThrow(RangeError);
		expect(generate({ customers: 0 }).orders.order_id).toHaveLength(0);
	});
});
