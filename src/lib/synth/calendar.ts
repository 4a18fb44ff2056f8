/**
 * The window's calendar in plain integer arithmetic. Orders carry their date as a day of the year (1 = 1 January),
 * which is two bytes instead of a ten-character string for each of ~7 M orders; these helpers turn it into an ISO
 * date without `Date` (no time zone, no locale, the same string everywhere).
 */

/** Days in each month of a year (index 0 = January). */
export function monthLengths(year: number): number[] {
	const leap = (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;
	return [31, leap ? 29 : 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];
}

/** Day-of-year (1-based) of the day before each month's first day: month m's days are start[m]+1 .. start[m]+len. */
export function monthStarts(year: number): number[] {
	const out: number[] = [];
	let s = 0;
	for (const len of monthLengths(year)) {
		out.push(s);
		s += len;
	}
	return out;
}

export function daysInYear(year: number): number {
	return monthLengths(year).reduce((a, b) => a + b, 0);
}

function pad2(n: number): string {
	return n < 10 ? `0${n}` : String(n);
}

/** Month index 0..11 of a day of the year. */
export function monthOfDay(year: number, dayOfYear: number): number {
	const starts = monthStarts(year);
	let m = 11;
	while (m > 0 && dayOfYear <= (starts[m] as number)) m--;
	return m;
}

/** 'YYYY-MM-DD' of a day of the year (1-based). Throws outside the year, so a bad day cannot pass silently. */
export function isoDate(year: number, dayOfYear: number): string {
	if (!Number.isInteger(dayOfYear) || dayOfYear < 1 || dayOfYear > daysInYear(year))
		throw new RangeError(`isoDate: day ${dayOfYear} is not in ${year}`);
	const m = monthOfDay(year, dayOfYear);
	const d = dayOfYear - (monthStarts(year)[m] as number);
	return `${year}-${pad2(m + 1)}-${pad2(d)}`;
}

/** All ISO dates of a year, index = day of year (index 0 is unused ''), for fast lookup when writing files. */
export function isoDateTable(year: number): string[] {
	const out = [''];
	for (let d = 1; d <= daysInYear(year); d++) out.push(isoDate(year, d));
	return out;
}

/** 'YYYY-MM' of a month counted from January of `firstYear` (index 0). */
export function monthLabel(firstYear: number, index: number): string {
	return `${firstYear + Math.floor(index / 12)}-${pad2((index % 12) + 1)}`;
}
