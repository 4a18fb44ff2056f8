/**
 * How each order was paid. Drawn after the holdings, so the tables agree with each other: only a customer who holds
 * a credit card pays by credit card, and only one with a credit card or a consumer loan (instalment credit) pays a
 * big order in instalments. One uniform per order, whatever the holdings, so the draw count stays fixed.
 */
import type { SynthParams } from './config-types';
import type { Stream } from './prng';

/** Pay-method indices, in the order of `params.pay.methods`. */
const CASH = 0;
const POINTS = 1;
const CREDIT = 2;
const INSTALLMENT = 3;

export function assignPayMethods(
	rng: Stream,
	pay: SynthParams['pay'],
	held: Uint8Array,
	products: readonly string[],
	amount: Float64Array,
	out: Uint8Array,
	from: number,
	count: number
): void {
	const hasCard = held[products.indexOf('credit_card')] === 1;
	const hasLoan = held[products.indexOf('consumer_loan')] === 1;
	for (let k = from; k < from + count; k++) {
		const u = rng.next();
		const pInst = (hasCard || hasLoan) && (amount[k] as number) >= pay.installment_min_cny ? pay.installment_share : 0;
		const pCard = hasCard ? pay.credit_card_share * (1 - pInst) : 0;
		const pPoints = pay.points_share * (1 - pInst - pCard);
		out[k] = u < pInst ? INSTALLMENT : u < pInst + pCard ? CREDIT : u < pInst + pCard + pPoints ? POINTS : CASH;
	}
}
