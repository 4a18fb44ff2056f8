// An Intl.NumberFormat made at its first use, not when its module loads: the first one a page makes loads ICU's
// number data, ~20 ms of main thread that a chapter spent at start-up, while DuckDB's wasm compiled beside it.

export interface NumberFormat {
	format(value: number): string;
}

export function numberFormat(locale: string, options: Intl.NumberFormatOptions): NumberFormat {
	let made: Intl.NumberFormat | undefined;
	return { format: (value) => (made ??= new Intl.NumberFormat(locale, options)).format(value) };
}

/** Intl's default English number format: what `toLocaleString('en')` writes. */
const plain = numberFormat('en', {});

/**
 * A whole number with its digits grouped by threes (12,345), as Intl.NumberFormat('en') writes it, without Intl:
 * every figure's data-table label is written while the page hydrates, and the first Intl number format a page makes
 * loads ICU's number data (12-20 ms in Chromium, while DuckDB's wasm compiles beside it). Other numbers go to Intl.
 */
export function formatCount(n: number): string {
	if (!Number.isSafeInteger(n)) return plain.format(n);
	const digits = String(Math.abs(n)).replace(/\B(?=(\d{3})+$)/g, ',');
	return n < 0 ? `-${digits}` : digits;
}

/**
 * Has ICU load its number data now, as the first Intl number format of a page does: called while the main thread
 * has time to spare (DuckDB's worker opens the database), so that the first figure's text alternative, written
 * before the figure turns live, does not wait for it.
 */
export function loadNumberData(): void {
	plain.format(0);
}
