// The numbers and dates a reader sees in an essay's prose, and whether a value in the data is the same number as
// written (in the units the reference tables use). Used by content/real-numbers.test.ts to trace every real number
// on a page to a sourced row.
import { tagAttributes } from '../figure/figure-tags';

export const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];

/** The prose a reader sees: Markdown text, figure titles, captions and summaries; no SQL, scripts, styles or link targets. */
export function prose(md: string): string {
	const figureText = (tag: string) => {
		const a = tagAttributes(tag);
		return [a.title, a.caption, a.summary].filter((v) => typeof v === 'string').join('. ');
	};
	return md
		.replace(/^---[\s\S]*?---/, '')
		.replace(/```[\s\S]*?```/g, ' ')
		.replace(/<(script|style|svelte:head)\b[\s\S]*?<\/\1>/g, ' ')
		.replace(/<Figure\b[\s\S]*?\/>/g, (tag) => ` ${figureText(tag)} `)
		.replace(/\]\([^)]*\)/g, ']') // a Markdown link's target
		.replace(/<[^>]+>/g, ' ') // other tags (their text stays)
		.replace(/^#+\s*\d+\.\s/gm, '## ') // a numbered heading's number
		.replace(/\{base\}/g, '');
}

/** Dates written as "12 January 2014" or "June 2012", as YYYY-MM-DD or YYYY-MM. */
export function writtenDates(text: string): string[] {
	const out: string[] = [];
	for (const m of text.matchAll(new RegExp(`\\b(?:(\\d{1,2}) )?(${MONTHS.join('|')}) (\\d{4})\\b`, 'g'))) {
		const month = String(MONTHS.indexOf(m[2]!) + 1).padStart(2, '0');
		out.push(m[1] ? `${m[3]}-${month}-${m[1].padStart(2, '0')}` : `${m[3]}-${month}`);
	}
	return out;
}

/** Numbers written in the text (dates and years taken out), as written: "¥6,589 billion" gives "6589". */
export function writtenNumbers(text: string): string[] {
	const rest = text
		.replace(new RegExp(`\\b(?:\\d{1,2} )?(?:${MONTHS.join('|')}) \\d{4}\\b`, 'g'), ' ')
		.replace(/(?<![\p{L}\d.,])(19[89]\d|20[0-3]\d)(?![\p{L}\d]|\.\d|,\d)/gu, ' '); // years
	return [...rest.matchAll(/(?<![\p{L}\d.,_])(\d{1,3}(?:,\d{3})+|\d+)(\.\d+)?(?![\p{L}\d_])/gu)].map((m) => m[1]!.replaceAll(',', '') + (m[2] ?? ''));
}

/** True when `value` (in any of the units the tables use) rounds to the number as written. */
export function matches(written: string, value: number): boolean {
	const decimals = written.split('.')[1]?.length ?? 0;
	const target = Math.round(Number(written) * 10 ** decimals);
	// the same figure in another unit: billion ↔ trillion or million, 亿 (100 million) → trillion or billion, share → %
	return [1, 1000, 1 / 1000, 1 / 10, 1 / 10000, 100].some((k) => Math.round(value * k * 10 ** decimals + 1e-9) === target);
}
