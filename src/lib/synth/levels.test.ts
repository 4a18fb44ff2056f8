import { describe, expect, it } from 'vitest';
import { STUDY_GRID, gridLevels, gridScores, levelSummary, quantileLevels, tgi, type CustomerStats } from './levels';
import type { OrdersTable } from './tables';

function stats(rows: [orders: number, totalCny: number][]): CustomerStats {
	return {
		orders: Int32Array.from(rows, (r) => r[0]),
		cents: Float64Array.from(rows, (r) => Math.round(r[1] * 100)),
		activeMonths: new Uint8Array(rows.length)
	};
}

describe('levels (STUDY.md fixed grid)', () => {
	it('gives the level table of the study grid: level = max(1, (3F + 7M) div 10)', () => {
		// One customer per (F, M) cell, at the bottom of each band: orders 1, 2, 4, 7, 13; monthly spend 0, 50, 200,
		// 800, 3000 (× 12 as a yearly total).
		const fOrders = [1, 2, 4, 7, 13];
		const mTotals = [0, 600, 2400, 9600, 36000];
		const rows: [number, number][] = [];
		for (const m of mTotals) for (const f of fOrders) rows.push([f, m]);
		const lv = Array.from(gridLevels(stats(rows)));
		// rows: M1..M5; columns F1..F5
		expect(lv).toEqual([
			1, 1, 1, 1, 2,
			1, 2, 2, 2, 2,
			2, 2, 3, 3, 3,
			3, 3, 3, 4, 4,
			3, 4, 4, 4, 5
		]);
	});

	it('cuts exactly at the edges (total / 12 compared in cents)', () => {
		const s = stats([[1, 599.99], [1, 600], [13, 2399.99], [13, 2400], [2, 35999.99], [2, 36000], [3, 0], [4, 0]]);
		expect(Array.from(gridScores(s))).toEqual([3 + 7, 3 + 14, 15 + 14, 15 + 21, 6 + 28, 6 + 35, 6 + 7, 9 + 7]);
	});

	it('quantile levels put exactly 20 % in each level, ties broken by customer order', () => {
		const score = Int32Array.from({ length: 1000 }, (_, i) => (i * 7919) % 13);
		const q = quantileLevels(score);
		for (let l = 1; l <= 5; l++) expect(q.filter((x) => x === l).length).toBe(200);
		// Equal scores: the earlier customer never gets a higher level than a later one; a higher score never a lower.
		const lastLevel = new Map<number, number>();
		let bad = 0;
		for (let i = 0; i < 1000; i++) {
			if (q[i]! < (lastLevel.get(score[i]!) ?? 0)) bad++;
			lastLevel.set(score[i]!, q[i]!);
		}
		for (let i = 0; i < 1000; i++) for (let j = 0; j < 1000; j++) if (score[i]! < score[j]! && q[i]! > q[j]!) bad++;
		expect(bad).toBe(0);
	});

	it('summarises shares per level and computes TGI', () => {
		const s = stats([[1, 100], [1, 100], [20, 1000], [10, 50_000]]);
		const lv = Uint8Array.from([1, 1, 2, 5]);
		const sum = levelSummary(lv, s);
		expect(sum[0]!.customerShare).toBe(0.5);
		expect(sum[4]!.spendShare).toBeCloseTo(50_000 / 51_200, 12);
		expect(sum[1]!.ordersPerCustomer).toBe(20);
		expect(sum[2]!.customers).toBe(0);
		const orders = {
			order_id: Int32Array.from([1, 2, 3, 4]),
			customer_id: Int32Array.from([1, 2, 3, 4]),
			category: Uint8Array.from([0, 0, 0, 1])
		} as unknown as OrdersTable;
		const t = tgi(orders, lv, [1, 2], 2);
		expect(t[0]).toBeCloseTo((100 * 1) / 0.75, 10);
		expect(t[1]).toBe(0);
		expect(STUDY_GRID.wF + STUDY_GRID.wM).toBe(10);
	});
});
