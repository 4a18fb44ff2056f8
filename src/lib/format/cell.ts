// Display formatting for table cells. Numbers with grouping (locale-aware through Intl; the site's
// locale is one constant, so a Chinese edition changes it in one place), dates as ISO dates.
import type { Cell } from '$lib/db/types';
import { locale } from '$lib/strings';
import { numberFormat } from './number-format';

const num = numberFormat(locale, { maximumFractionDigits: 2 });
const year = (v: number) => Number.isInteger(v) && v >= 1900 && v <= 2100;

export function formatCell(v: Cell, column = ''): string {
	if (v === null) return '—';
	if (typeof v === 'number') return year(v) && /year/i.test(column) ? String(v) : num.format(v);
	if (v instanceof Date) {
		const iso = v.toISOString();
		return iso.endsWith('T00:00:00.000Z') ? iso.slice(0, 10) : iso.replace('T', ' ').slice(0, 19);
	}
	if (typeof v === 'object') return JSON.stringify(v);
	return String(v);
}
