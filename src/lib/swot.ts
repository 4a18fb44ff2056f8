// The SWOT strategic position (the quadrilateral method: Wang, Zhang & Yang 2014, Journal of Applied Research and
// Technology 12(2)), computed in TypeScript: the reference the /swot/ chapter's SQL is tested against.
//   S, W, O, T = Σ weight · rating per quadrant (weights within a side: S + W = 1, O + T = 1; ratings 1-5)
//   P = ((S − W) / 4, (O − T) / 4); θ = atan2 of P in degrees, 0-360
//   SO aggressive (0-90°), WO turnaround (90-180°), WT defensive (180-270°), ST diversification (270-360°)
//   intensity ρ = S·O / (S·O + W·T)
//   IFE = Σ weight · rating over S and W (1-4 style scale, 2.5 average), EFE over O and T.

export type Quadrant = 'S' | 'W' | 'O' | 'T';

export interface Factor {
	id: string;
	quadrant: Quadrant;
	weight: number;
	rating: number;
}

export type Strategy = 'SO aggressive' | 'WO turnaround' | 'WT defensive' | 'ST diversification';

export interface Position {
	S: number;
	W: number;
	O: number;
	T: number;
	x: number;
	y: number;
	/** degrees, [0, 360) */
	theta: number;
	strategy: Strategy;
	/** S·O / (S·O + W·T); NaN when both products are 0 */
	rho: number;
	ife: number;
	efe: number;
}

export function totals(factors: readonly Factor[]): Record<Quadrant, number> {
	const t: Record<Quadrant, number> = { S: 0, W: 0, O: 0, T: 0 };
	for (const f of factors) t[f.quadrant] += f.weight * f.rating;
	return t;
}

/** The strategy whose quadrant holds the angle (a boundary belongs to the quadrant it opens: 90° is WO). */
export function strategyOf(theta: number): Strategy {
	if (theta < 90) return 'SO aggressive';
	if (theta < 180) return 'WO turnaround';
	if (theta < 270) return 'WT defensive';
	return 'ST diversification';
}

export function position(factors: readonly Factor[]): Position {
	const { S, W, O, T } = totals(factors);
	const x = (S - W) / 4;
	const y = (O - T) / 4;
	const deg = (Math.atan2(y, x) * 180) / Math.PI;
	const theta = deg < 0 ? deg + 360 : deg;
	return { S, W, O, T, x, y, theta, strategy: strategyOf(theta), rho: (S * O) / (S * O + W * T), ife: S + W, efe: O + T };
}

/** Problems with a set of factors: weights of a side that do not sum to 1, ratings outside 1-5. */
export function validate(factors: readonly Factor[], tolerance = 1e-9): string[] {
	const out: string[] = [];
	for (const [a, b] of [['S', 'W'], ['O', 'T']] as const) {
		const sum = factors.filter((f) => f.quadrant === a || f.quadrant === b).reduce((s, f) => s + f.weight, 0);
		if (Math.abs(sum - 1) > tolerance) out.push(`${a} + ${b} weights sum to ${Number(sum.toFixed(6))}, not 1`);
	}
	for (const f of factors) {
		if (!(f.rating >= 1 && f.rating <= 5)) out.push(`${f.id}: rating ${f.rating} is outside 1-5`);
		if (!(f.weight >= 0)) out.push(`${f.id}: weight ${f.weight} is negative`);
	}
	return out;
}

/**
 * Sensitivity: how far one factor's weight must move (the other weights of its side rescaled so the side still sums
 * to 1) before the strategy changes. Returns the smallest |Δ| within the weight's range [0, 1], or null if no
 * weight in that range changes it. Moving factor i by Δ while scaling the rest of its side by (1 − wᵢ − Δ)/(1 − wᵢ)
 * moves one coordinate of P linearly in Δ, so the crossing is found in closed form.
 */
export function weightToFlip(factors: readonly Factor[], id: string): { delta: number; strategy: Strategy } | null {
	const f = factors.find((x) => x.id === id);
	if (!f) throw new Error(`no factor ${id}`);
	const internal = f.quadrant === 'S' || f.quadrant === 'W';
	const side = factors.filter((x) => (internal ? x.quadrant === 'S' || x.quadrant === 'W' : x.quadrant === 'O' || x.quadrant === 'T'));
	const rest = 1 - f.weight;
	if (rest <= 0) return null;
	// The side's coordinate ×4 (S − W, or O − T) as a + b·Δ.
	const sign = (q: Quadrant) => (q === 'S' || q === 'O' ? 1 : -1);
	const others = side.filter((x) => x.id !== id).reduce((s, x) => s + sign(x.quadrant) * x.weight * x.rating, 0);
	const own = sign(f.quadrant) * f.rating;
	// coord(Δ) = own·(w + Δ) + others·(1 − w − Δ)/(1 − w)
	const a = own * f.weight + others;
	const b = own - others / rest;
	if (b === 0) return null;
	const crossing = -a / b; // the coordinate reaches 0
	const lo = -f.weight;
	const hi = 1 - f.weight;
	if (crossing < lo || crossing > hi) return null;
	// Step just past the crossing (further the same way) to name the strategy on the other side.
	const past = crossing + 1e-9 * (crossing !== 0 ? Math.sign(crossing) : 1);
	const moved = factors.map((x) => {
		if (x.id === id) return { ...x, weight: x.weight + past };
		if (side.includes(x)) return { ...x, weight: (x.weight * (rest - past)) / rest };
		return x;
	});
	return { delta: crossing, strategy: position(moved).strategy };
}
