// What DatasetSwitch shows while a dataset is made in the browser: the sizes offered, and one line and one
// bar value per stage ("Generating customers 340,000 / 1,000,000", "Loading orders into DuckDB 3.2 M / 6.8 M rows").
import { locale } from '$lib/strings';
import { t } from './DatasetSwitch.strings';
import { formatCount, numberFormat } from './format/number-format';

/** 20k (quick), 100k (the published size: the same rows, a proof that the generator is deterministic), 1M (stress). */
export const SIZES = [20_000, 100_000, 1_000_000] as const;
export const PUBLISHED_CUSTOMERS = 100_000;

export type Stage =
	| { phase: 'generate'; done: number; total: number }
	| { phase: 'start' }
	| { phase: 'load'; table: string; done: number; total: number }
	| { phase: 'derive'; table: string; rows: number }
	| { phase: 'published' };

const oneDecimal = numberFormat(locale, { minimumFractionDigits: 1, maximumFractionDigits: 1 });

/** Row counts as people read them: grouped below a million, "3.2 M" from a million on. */
export function compactCount(n: number): string {
	return n >= 1_000_000 ? `${oneDecimal.format(n / 1_000_000)} M` : formatCount(n);
}

export const formatSeconds = (ms: number) => `${oneDecimal.format(ms / 1000)} s`;

export function stageText(s: Stage): string {
	if (s.phase === 'generate') return t.stressGenerating(formatCount(s.done), formatCount(s.total));
	if (s.phase === 'load') return t.stressLoading(s.table, compactCount(s.done), compactCount(s.total));
	if (s.phase === 'derive') return t.stressDeriving(s.table, compactCount(s.rows));
	if (s.phase === 'start') return t.stressStarting;
	return t.stressPublished;
}

/** The bar's value, 0..1, within the current stage (a stage with nothing to count shows an indeterminate bar). */
export function stageFraction(s: Stage): number | null {
	if (s.phase !== 'generate' && s.phase !== 'load') return null;
	if (s.total <= 0) return null;
	return Math.min(1, Math.max(0, s.done / s.total));
}
