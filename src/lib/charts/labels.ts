// Axis and cell labels in a fixed number of characters: cut with an ellipsis, or wrapped onto lines. Shared by the
// charts that size their margins from label lengths (barx, heatmap). And the numbers printed beside a chart's bars.

import { locale } from '$lib/strings';

/** `s` in at most `n` characters, cut with an ellipsis. */
export const cut = (s: string, n: number) => (s.length > n ? s.slice(0, Math.max(1, n - 1)) + '…' : s);

/**
 * `text` in lines of at most `n` characters, broken at spaces, and inside a word too long for a line after its ':'
 * or '_' (Plot's own wrapping breaks only at spaces and hyphens, so an item such as "fin:precious_metals_acct" ran
 * off the left edge on a phone). A part longer than a line is cut.
 */
export function wrapLabel(text: string, n: number): string[] {
	const words = text.match(/[^ ]+ */g) ?? [];
	const parts = words.flatMap((w) => (w.trimEnd().length > n ? w.match(/[^:_]*[:_]?/g)!.filter(Boolean) : [w]));
	const out: string[] = [];
	let line = '';
	for (const p of parts) {
		if (line && (line + p).trimEnd().length > n) {
			out.push(line.trimEnd());
			line = '';
		}
		line += p;
	}
	if (line) out.push(line.trimEnd());
	return out.map((l) => cut(l, n));
}

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
