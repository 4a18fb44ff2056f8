// Checks that tie a figure's parameters together (declared with `-- @check`, read by spec.ts parseChecks).
// coerceParam judges one value at a time; these judge a combination, so a figure can refuse, say, band
// edges out of order while each edge is within its own range.

import type { Params } from '$lib/db/types';

export type CheckSpec =
	| { kind: 'increasing'; params: string[]; message: string }
	| { kind: 'sum'; params: string[]; total: number; message: string };

// Weights typed as decimals do not add up exactly in floating point (0.7 + 0.2 + 0.1 = 0.9999999999999999).
const TOLERANCE = 1e-9;

function holds(check: CheckSpec, values: Params): boolean {
	const xs = check.params.map((name) => values[name]);
	// Checks name int/number parameters only; anything else here is a value that cannot pass.
	if (!xs.every((x): x is number => typeof x === 'number')) return false;
	if (check.kind === 'increasing') return xs.every((x, i) => i === 0 || x > xs[i - 1]!);
	return Math.abs(xs.reduce((a, b) => a + b, 0) - check.total) <= TOLERANCE;
}

/** The checks these values fail, in declaration order. */
export const failing = (checks: CheckSpec[], values: Params): CheckSpec[] => checks.filter((c) => !holds(c, values));

/** The messages of the checks these values fail (none: the values may reach SQL). */
export const failedChecks = (checks: CheckSpec[], values: Params): string[] => failing(checks, values).map((c) => c.message);

/** The inputs to mark invalid: both ends of each step that does not rise, or every term of a wrong sum. */
export function offenders(checks: CheckSpec[], values: Params): Set<string> {
	const names = new Set<string>();
	for (const c of failing(checks, values)) {
		if (c.kind === 'sum') c.params.forEach((n) => names.add(n));
		else
			c.params.forEach((n, i) => {
				const prev = c.params[i - 1];
				if (prev !== undefined && !holds({ ...c, params: [prev, n] }, values)) names.add(prev).add(n);
			});
	}
	return names;
}
