// Rows → CSV (RFC 4180): exactly the rows and columns a figure shows. Dates as ISO dates, no locale formatting.
import type { Cell, Column, Row } from '$lib/db/types';

const field = (v: Cell): string => {
	if (v === null) return '';
	if (v instanceof Date) {
		const iso = v.toISOString();
		return iso.endsWith('T00:00:00.000Z') ? iso.slice(0, 10) : iso;
	}
	const s = typeof v === 'object' ? JSON.stringify(v) : String(v);
	return /[",\r\n]/.test(s) ? `"${s.replaceAll('"', '""')}"` : s;
};

export function toCsv(columns: Column[], rows: Row[]): string {
	const names = columns.map((c) => c.name);
	return [names.map((n) => field(n)).join(','), ...rows.map((r) => names.map((n) => field(r[n] ?? null)).join(','))].join('\r\n') + '\r\n';
}
