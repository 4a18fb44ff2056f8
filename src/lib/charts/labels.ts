// Axis and cell labels in a fixed number of characters: cut with an ellipsis, or wrapped onto lines. Shared by the
// charts that size their margins from label lengths (barx, line, heatmap).

import { CJK_CHAR } from '../font/cjk';

/** A character's width in narrow characters (LABEL_CHAR): a Chinese one is a whole em, 13 px against 7.2. */
const charUnits = (c: string) => (CJK_CHAR.test(c) ? 1.8 : 1);

/**
 * `s`'s width in narrow characters: its length, but a Chinese character counts 1.8 ("善融商务: merchants" measured by
 * its length ran past a phone's chart edge, as did Plot's own ellipsis, which counts every character an "e").
 */
export function units(s: string): number {
	let n = 0;
	for (const c of s) n += charUnits(c);
	return n;
}

/** `s` in at most `n` narrow characters (see `units`), cut with an ellipsis. */
export function cut(s: string, n: number): string {
	if (units(s) <= n) return s;
	let out = '';
	let used = 0;
	for (const c of s) {
		if (out && used + charUnits(c) > n - 1) break;
		out += c;
		used += charUnits(c);
	}
	return out + '…';
}

/**
 * `text` in lines of at most `n` narrow characters (see `units`), broken at spaces, and inside a word too long for a line after its ':'
 * or '_' (Plot's own wrapping breaks only at spaces and hyphens, so an item such as "fin:precious_metals_acct" ran
 * off the left edge on a phone). A part longer than a line is cut, and so is whatever runs past `maxLines` (its last
 * line ends in an ellipsis).
 */
export function wrapLabel(text: string, n: number, maxLines = Infinity): string[] {
	const words = text.match(/[^ ]+ */g) ?? [];
	const parts = words.flatMap((w) => (units(w.trimEnd()) > n ? w.match(/[^:_]*[:_]?/g)!.filter(Boolean) : [w]));
	const out: string[] = [];
	let line = '';
	for (const p of parts) {
		if (line && units((line + p).trimEnd()) > n) {
			out.push(line.trimEnd());
			line = '';
		}
		line += p;
	}
	if (line) out.push(line.trimEnd());
	const kept = out.length > maxLines ? [...out.slice(0, maxLines - 1), out.slice(maxLines - 1).join(' ')] : out;
	return kept.map((l) => cut(l, n));
}

/** A character of a label at the charts' 13 px, estimated wide ("Online payment users" measures 7.2 px a character in Chromium). */
export const LABEL_CHAR = 7.2;

/**
 * An axis label centred between `from` and `to` (px) in a chart `width` wide, on as many lines as it needs to stay
 * inside the chart ("\n" between them; Plot appends " →", counted here).
 */
export function fitCentred(label: string | null, from: number, to: number, width: number): string | null {
	if (!label) return label;
	const centre = (from + to) / 2;
	const n = Math.max(8, Math.floor((2 * Math.min(centre, width - centre)) / LABEL_CHAR) - 2);
	return units(label) <= n ? label : wrapLabel(label, n).join('\n');
}
