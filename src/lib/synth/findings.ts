/**
 * The study's findings measured on a generated dataset, in one object: what findings.test.ts asserts and what its
 * comment records. Kept out of the test so a calibration run can print the same numbers for any seed.
 */
import { monthOfDay } from './calendar';
import { customerStats, gridLevels, gridScores, levelSummary, quantileLevels, tgi, type LevelRow } from './levels';
import { lift, plantedAntecedents, type Lift } from './rules';
import type { CategoryCode } from './config-types';
import type { SynthData } from './tables';

export interface Findings {
	customers: number;
	orders: number;
	meanOrders: number;
	levels: LevelRow[];
	l12Customers: number;
	l12Spend: number;
	l2OrdersPerCustomer: number;
	l45Customers: number;
	l45Spend: number;
	quantileCounts: number[];
	tgiLow: Record<CategoryCode, number>;
	tgiHigh: Record<CategoryCode, number>;
	ordersByMonth: number[];
	/** Lifts of the planted antecedents (and of G1's two single categories) for their products. */
	lifts: { g1: Lift; g1_auto: Lift; g1_appliances: Lift; g2: Lift; g3: Lift };
}

export function measureFindings(data: SynthData): Findings {
	const n = data.customers.customer_id.length;
	const year = data.params.window_year;
	const stats = customerStats(data.orders, n, (d) => monthOfDay(year, d));
	const levels = gridLevels(stats);
	const rows = levelSummary(levels, stats);
	const q = quantileLevels(gridScores(stats));
	const codes = data.dict.category as CategoryCode[];
	const asRecord = (v: number[]) => Object.fromEntries(codes.map((c, i) => [c, v[i]])) as Record<CategoryCode, number>;
	const ordersByMonth = new Array<number>(12).fill(0);
	for (const d of data.orders.order_date) ordersByMonth[monthOfDay(year, d)]!++;

	const ant = plantedAntecedents(data);
	const held = (g: 'g1' | 'g2' | 'g3') => data.holdings[data.params.planted[g].product] as Uint8Array;
	const bought = (code: CategoryCode) => {
		const k = codes.indexOf(code);
		const out = new Uint8Array(n);
		for (let r = 0; r < data.orders.order_id.length; r++)
			if (data.orders.category[r] === k) out[(data.orders.customer_id[r] as number) - 1] = 1;
		return out;
	};
	const at = (l: number) => rows[l - 1] as LevelRow;
	return {
		customers: n,
		orders: data.orders.order_id.length,
		meanOrders: data.orders.order_id.length / n,
		levels: rows,
		l12Customers: at(1).customerShare + at(2).customerShare,
		l12Spend: at(1).spendShare + at(2).spendShare,
		l2OrdersPerCustomer: at(2).ordersPerCustomer,
		l45Customers: at(4).customerShare + at(5).customerShare,
		l45Spend: at(4).spendShare + at(5).spendShare,
		quantileCounts: [1, 2, 3, 4, 5].map((l) => q.filter((x) => x === l).length),
		tgiLow: asRecord(tgi(data.orders, levels, [1, 2], codes.length)),
		tgiHigh: asRecord(tgi(data.orders, levels, [4, 5], codes.length)),
		ordersByMonth,
		lifts: {
			g1: lift(ant.g1, held('g1')),
			g1_auto: lift(bought('auto'), held('g1')),
			g1_appliances: lift(bought('appliances'), held('g1')),
			g2: lift(ant.g2, held('g2')),
			g3: lift(ant.g3, held('g3'))
		}
	};
}
