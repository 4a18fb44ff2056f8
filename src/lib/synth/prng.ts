/**
 * Seeded pseudo-random numbers for the synthetic customer dataset.
 *
 * Why these two generators:
 * - splitmix32 is a tiny integer hash / sequence. Its finaliser is a bijection on 32-bit words, so mixing a
 *   customer id with the (already mixed) seed gives every customer of one dataset a distinct starting point: no two
 *   customers can share a stream, at any size.
 * - sfc32 (Chris Doty-Humphrey's Small Fast Counting generator, from PractRand) passes PractRand/BigCrush, has a
 *   128-bit state with a counter (no short cycles), and runs on 32-bit integer ops that JavaScript does exactly.
 *
 * One stream per customer is what makes the data prefix-stable: customer k's draws depend only on (seed, k), never
 * on how many customers came before or after, so customers 1..n are identical whatever the total size.
 * Every operation is integer arithmetic (`| 0`, `>>> 0`, `Math.imul`), so the bytes are identical on every
 * platform and engine; no `Math.random`, no clocks.
 */

const GOLDEN = 0x9e3779b9 | 0;
const TWO_POW_32 = 4294967296;

/** The splitmix32 output finaliser (a bijection of 32-bit words); returns an unsigned 32-bit integer. */
export function mix32(x: number): number {
	let t = x | 0;
	t ^= t >>> 16;
	t = Math.imul(t, 0x21f0aaad);
	t ^= t >>> 15;
	t = Math.imul(t, 0x735a2d97);
	t ^= t >>> 15;
	return t >>> 0;
}

/** A splitmix32 sequence: state advances by the golden-ratio increment, each output is the finalised state. */
export function splitmix32(seed: number): () => number {
	let state = seed | 0;
	return () => {
		state = (state + GOLDEN) | 0;
		return mix32(state);
	};
}

/**
 * The per-customer seed: a bijection of `customerId` for a fixed dataset seed (xor with a constant, then a
 * bijective mix), so distinct customers never collide. The seed is mixed first so that seeds 1 and 2 do not give
 * streams shifted by one customer.
 */
export function customerSeed(seed: number, customerId: number): number {
	return mix32(mix32(seed ^ 0x5bd1e995) ^ (customerId | 0));
}

/** A uniform random stream. Every distribution in distributions.ts takes one of these. */
export interface Stream {
	/** Next unsigned 32-bit integer. */
	u32(): number;
	/** Uniform on [0, 1), 32 bits of resolution. */
	next(): number;
	/** Uniform on (0, 1): never 0, so `Math.log` of it is finite. */
	nextOpen(): number;
}

/** sfc32: state (a, b, c) plus a 32-bit counter d. Reseedable so one object can serve a million customers. */
export class Sfc32 implements Stream {
	private a = 0;
	private b = 0;
	private c = 0;
	private d = 0;

	constructor(a = 0, b = 0, c = 0, d = 1) {
		this.setState(a, b, c, d);
	}

	setState(a: number, b: number, c: number, d: number): void {
		this.a = a | 0;
		this.b = b | 0;
		this.c = c | 0;
		this.d = d | 0;
	}

	/**
	 * Seeds from one 32-bit word through splitmix32 (the usual way to fill sfc32's state), then discards 12 outputs
	 * so that nearby seeds have decorrelated first draws.
	 */
	seed(word: number): this {
		const sm = splitmix32(word);
		this.setState(sm(), sm(), sm(), sm());
		for (let i = 0; i < 12; i++) this.u32();
		return this;
	}

	u32(): number {
		const t = (((this.a + this.b) | 0) + this.d) | 0;
		this.d = (this.d + 1) | 0;
		this.a = this.b ^ (this.b >>> 9);
		this.b = (this.c + (this.c << 3)) | 0;
		this.c = (this.c << 21) | (this.c >>> 11);
		this.c = (this.c + t) | 0;
		return t >>> 0;
	}

	next(): number {
		return this.u32() / TWO_POW_32;
	}

	nextOpen(): number {
		return (this.u32() + 0.5) / TWO_POW_32;
	}
}

/** A fresh stream for one customer of one dataset. */
export function customerStream(seed: number, customerId: number): Sfc32 {
	return new Sfc32().seed(customerSeed(seed, customerId));
}
