import { beforeAll, describe, expect, it } from 'vitest';
import type { CategoryCode } from './config-types';
import { measureFindings, type Findings } from './findings';
import { generate } from './generate';

/*
 * STUDY.md's finding bands, on three seeds at the small size (20k customers; null model at 100k, where the lifts
 * are less noisy). The bands are the study's, not loosened. Measured with the calibrated DEFAULT_PARAMS:
 *
 *   seed       orders   mean  L1+2 cust/spend  L2 ord/cust  L4+5 cust/spend  min TGI L1-2  min TGI L4-5  Nov / 2nd month
 *   20140112   136,090  6.80  73.7 % / 6.4 %   8.55         9.2 % / 82.3 %   110 (clothing) 273 (digital) 1.35
 *   1          136,352  6.82  73.5 % / 6.2 %   8.69         9.4 % / 82.8 %   111 (clothing) 279 (digital) 1.36
 *   2          140,311  7.02  73.7 % / 6.1 %   8.80         9.0 % / 83.0 %   110 (clothing) 283 (digital) 1.34
 *
 *   lift (planted, 20k / null, 100k ± s.e.)
 *   seed       G1 auto|appl.   G1 auto      G1 appliances  G2 pm & dep.   G3 young & 12+
 *   20140112   3.75 / 1.00±.03 3.58 / 1.05  3.78 / 0.98    5.17 / 1.08±.07 2.03 / 1.00±.01
 *   1          3.66 / 0.99     3.83 / 0.99  3.68 / 1.01    4.81 / 1.03     2.01 / 1.01
 *   2          3.77 / 1.02     3.87 / 0.98  3.79 / 1.04    4.66 / 1.15     2.01 / 1.02
 *
 * Seeds 3-9 (checked while calibrating) give the same picture: L1+2 73-74 % / 6-7 %, L4+5 9 % / 82-84 %, min TGI
 * 109 and 260, November 1.33-1.37 × the next month. Quantile levels are 4,000 customers each by construction.
 * G2's antecedent holds ~1.6 % of customers, so its null lift has a standard error of ~0.07 even at 100k.
 */
const SEEDS = [20140112, 1, 2];
const SMALL = 20_000;
const NULL_SIZE = 100_000;

const LOW_END: CategoryCode[] = ['food_beverage', 'topup_fuel', 'agri_specialty', 'clothing_shoes', 'health_beauty'];
const TOP_END: CategoryCode[] = ['auto', 'appliances', 'precious_metals', 'jewellery_gifts', 'travel', 'digital'];
const LIFTS = ['g1', 'g1_auto', 'g1_appliances', 'g2', 'g3'] as const;

describe.each(SEEDS)('study findings hold, seed %s', (seed) => {
	let f: Findings;
	beforeAll(() => {
		f = measureFindings(generate({ customers: SMALL, seed }));
	});

	it('levels 1-2: at least 60 % of customers, at most 12 % of spend, and at least as active as average', () => {
		expect(f.l12Customers).toBeGreaterThanOrEqual(0.6);
		expect(f.l12Spend).toBeLessThanOrEqual(0.12);
		expect(f.l2OrdersPerCustomer).toBeGreaterThanOrEqual(f.meanOrders);
	});

	it('levels 4-5: at most 15 % of customers, at least 65 % of spend', () => {
		expect(f.l45Customers).toBeLessThanOrEqual(0.15);
		expect(f.l45Spend).toBeGreaterThanOrEqual(0.65);
	});

	it('quantile levels are exactly 20 % each (the contrast that hides the finding)', () => {
		expect(f.quantileCounts).toEqual([1, 2, 3, 4, 5].map(() => SMALL / 5));
	});

	it('levels 1-2 over-index on everyday categories, levels 4-5 on big tickets (TGI > 100)', () => {
		for (const c of LOW_END) expect(f.tgiLow[c], c).toBeGreaterThan(100);
		for (const c of TOP_END) expect(f.tgiHigh[c], c).toBeGreaterThan(100);
	});

	it('November (Double 11) is the peak month by order count', () => {
		const nov = f.ordersByMonth[10]!;
		expect(f.ordersByMonth.every((m, i) => i === 10 || m < nov)).toBe(true);
	});

	it('the planted antecedents lift their products by at least 1.5', () => {
		for (const k of LIFTS) expect(f.lifts[k].lift, k).toBeGreaterThanOrEqual(1.5);
	});

	it('in the null model (plant=false) the same lifts are 0.9-1.1, or within 3 s.e. where the support is small', () => {
		const z = measureFindings(generate({ customers: NULL_SIZE, seed, plant: false }));
		for (const k of LIFTS) {
			const { lift, se } = z.lifts[k];
			expect(Math.abs(lift - 1), `${k}: lift ${lift.toFixed(3)} ± ${se.toFixed(3)}`).toBeLessThanOrEqual(
				Math.max(0.1, 3 * se)
			);
		}
		// The fallback must stay an exception for small antecedents, not hide a broken null model.
		expect(z.lifts.g1.se).toBeLessThan(0.1 / 3);
		expect(z.lifts.g3.se).toBeLessThan(0.1 / 3);
	});
});
