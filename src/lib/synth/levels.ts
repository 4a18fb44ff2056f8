/**
 * Customer levels 1-5 (STUDY.md, "Customer levels"), computed by brute force in TypeScript. The tests use it to
 * prove the findings hold; the site's SQL can be checked against it. Money is kept in integer cents and the band
 * test is on the yearly total against edge × 12, so "monthly spend = total / 12" needs no division and the
 * cut-offs are exact.
 */
import type { OrdersTable } from './tables';

export interface Grid {
	/** Lowest order count of bands F2..F5 (F1 is below the first): 1 | 2-3 | 4-6 | 7-12 | 13+. */
	orderEdges: readonly number[];
	/** Lowest average monthly spend (CNY) of bands M2..M5: <50 | 50-200 | 200-800 | 800-3000 | 3000+. */
	spendEdges: readonly number[];
	/** Integer weights: level = max(1, (wF·F + wM·M) div 10). */
	wF: number;
	wM: number;
}

export const STUDY_GRID: Grid = Object.freeze({
	orderEdges: Object.freeze([2, 4, 7, 13]),
	spendEdges: Object.freeze([50, 200, 800, 3000]),
	wF: 3,
	wM: 7
});

export interface CustomerStats {
	orders: Int32Array;
	/** Total spend in cents (exact: amounts are whole cents). */
	cents: Float64Array;
	/** Months with at least one order. */
	activeMonths: Uint8Array;
}

/** Per-customer totals; customer_id k is index k − 1 (ids are 1..n). */
export function customerStats(orders: OrdersTable, nCustomers: number, monthOfDay: (d: number) => number): CustomerStats {
	const out = { orders: new Int32Array(nCustomers), cents: new Float64Array(nCustomers), activeMonths: new Uint8Array(nCustomers) };
	const seen = new Uint16Array(nCustomers);
	for (let r = 0; r < orders.order_id.length; r++) {
		const i = (orders.customer_id[r] as number) - 1;
		out.orders[i]!++;
		out.cents[i]! += Math.round((orders.amount[r] as number) * 100);
		const bit = 1 << monthOfDay(orders.order_date[r] as number);
		if (((seen[i] as number) & bit) === 0) {
			seen[i] = (seen[i] as number) | bit;
			out.activeMonths[i]!++;
		}
	}
	return out;
}

function band(x: number, lowerEdges: readonly number[]): number {
	let b = 1;
	for (const e of lowerEdges) if (x >= e) b++;
	return b;
}

/** The integer score wF·F + wM·M; level = max(1, score div 10). */
export function gridScores(s: CustomerStats, g: Grid = STUDY_GRID): Int32Array {
	const out = new Int32Array(s.orders.length);
	const centEdges = g.spendEdges.map((e) => e * 12 * 100);
	for (let i = 0; i < out.length; i++)
		out[i] = g.wF * band(s.orders[i] as number, g.orderEdges) + g.wM * band(s.cents[i] as number, centEdges);
	return out;
}

export function gridLevels(s: CustomerStats, g: Grid = STUDY_GRID): Uint8Array {
	return Uint8Array.from(gridScores(s, g), (x) => Math.max(1, Math.min(5, Math.floor(x / 10))));
}

/** Quintile levels of a score: rank by (score, customer index), level = 1 + floor(5 · rank / n). */
export function quantileLevels(score: ArrayLike<number>): Uint8Array {
	const n = score.length;
	const idx = Array.from({ length: n }, (_, i) => i);
	idx.sort((a, b) => (score[a] as number) - (score[b] as number) || a - b);
	const out = new Uint8Array(n);
	idx.forEach((i, rank) => (out[i] = 1 + Math.floor((5 * rank) / n)));
	return out;
}

export interface LevelRow {
	level: number;
	customers: number;
	customerShare: number;
	spendShare: number;
	orderShare: number;
	ordersPerCustomer: number;
}

export function levelSummary(levels: Uint8Array, s: CustomerStats): LevelRow[] {
	const n = levels.length;
	const rows = [1, 2, 3, 4, 5].map((level) => ({ level, customers: 0, cents: 0, orders: 0 }));
	let cents = 0;
	let orders = 0;
	for (let i = 0; i < n; i++) {
		const r = rows[(levels[i] as number) - 1]!;
		r.customers++;
		r.cents += s.cents[i] as number;
		r.orders += s.orders[i] as number;
		cents += s.cents[i] as number;
		orders += s.orders[i] as number;
	}
	return rows.map((r) => ({
		level: r.level,
		customers: r.customers,
		customerShare: r.customers / n,
		spendShare: r.cents / cents,
		orderShare: r.orders / orders,
		ordersPerCustomer: r.customers ? r.orders / r.customers : 0
	}));
}

/**
 * TGI = 100 × (category's share of the group's orders) / (category's share of all orders), for the customers whose
 * level is in `group`. Returns one value per category index.
 */
export function tgi(orders: OrdersTable, levels: Uint8Array, group: readonly number[], nCategories: number): number[] {
	const inGroup = new Uint8Array(6);
	for (const l of group) inGroup[l] = 1;
	const all = new Float64Array(nCategories);
	const grp = new Float64Array(nCategories);
	let nAll = 0;
	let nGrp = 0;
	for (let r = 0; r < orders.order_id.length; r++) {
		const c = orders.category[r] as number;
		all[c]!++;
		nAll++;
		if (inGroup[levels[(orders.customer_id[r] as number) - 1] as number]) {
			grp[c]!++;
			nGrp++;
		}
	}
	return Array.from(all, (a, c) => (a === 0 || nGrp === 0 ? NaN : (100 * ((grp[c] as number) / nGrp)) / (a / nAll)));
}
