/**
 * A customer's financial products at window end, drawn AFTER their purchases: first from base rates that depend on
 * the age band only (so in the null model holdings are independent of behaviour given age), then the three planted
 * relations. Each plant draws its uniform whether or not it is switched on or the customer is eligible, so the
 * planted and the null model consume the stream identically and differ only where a plant fired.
 */
import type { Compiled } from './compile';
import type { Stream } from './prng';

export interface PlantOutcome {
	/** Bit j set = eligible for plant j (0 = G1, 1 = G2, 2 = G3). */
	eligible: number;
	/** Bit j set = plant j switched the product on (its own draw succeeded; the base draw may have too). */
	fired: number;
}

/**
 * Fills `held` (one 0/1 per product), and `base` with the same before the plants, and returns which plants applied.
 * @param bought bit mask of the categories bought in the window
 * @param orders the customer's order count in the window
 */
export function drawHoldings(
	rng: Stream,
	c: Compiled,
	age: number,
	bought: number,
	orders: number,
	plant: boolean,
	held: Uint8Array,
	base?: Uint8Array
): PlantOutcome {
	for (let p = 0; p < c.nProducts; p++) held[p] = rng.next() < (c.base[p * c.nAge + age] as number) ? 1 : 0;
	// The holdings before the plants: the null model's (plant=false gives exactly these).
	base?.set(held);
	let eligible = 0;
	let fired = 0;
	for (let j = 0; j < c.plants.length; j++) {
		const g = c.plants[j]!;
		// The condition reads `held` before this plant's product changes; no plant's product is another's condition.
		const ok =
			(g.categoryMask === 0 || (bought & g.categoryMask) !== 0) &&
			(g.requiresProduct < 0 || held[g.requiresProduct] === 1) &&
			(g.ageBands === null || g.ageBands.has(age)) &&
			orders >= g.minOrders;
		const u = rng.next();
		if (!ok) continue;
		eligible |= 1 << j;
		if (plant && u < (g.extraByAge[age] as number)) {
			fired |= 1 << j;
			held[g.product] = 1;
		}
	}
	return { eligible, fired };
}
