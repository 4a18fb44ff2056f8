// Numbers written alike within one set (the values printed beside a chart's bars): as many decimals as the most
// precise of them, thousands grouped in the site's locale, like the axis beside them.

import { locale } from '$lib/strings';

/** The decimals `v` is written with, as a person would write it (0.1 + 0.2 has 1, not 17). */
export function decimalsOf(v: number): number {
	if (!Number.isFinite(v) || Number.isInteger(v)) return 0;
	const [digits, exponent] = Number(v.toPrecision(12)).toExponential().split('e') as [string, string];
	return Math.max(0, (digits.split('.')[1] ?? '').length - Number(exponent));
}

/**
 * A formatter for the values printed beside one chart's bars: each with as many decimals as the most precise of them
 * (0.40 beside 0.48, 10.0 beside 16.8, not 0.4 and 10), at most `max`, and thousands grouped (21,776).
 */
export function sameDecimals(values: readonly number[], max = 3): (v: number) => string {
	const d = values.reduce((most, v) => Math.max(most, Math.min(max, decimalsOf(v))), 0);
	const nf = new Intl.NumberFormat(locale, { minimumFractionDigits: d, maximumFractionDigits: d });
	return (v) => nf.format(v);
}
