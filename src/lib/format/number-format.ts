// An Intl.NumberFormat made at its first use, not when its module loads: the first one a page makes loads ICU's
// number data, ~20 ms of main thread that a chapter spent at start-up, while DuckDB's wasm compiled beside it.

export interface NumberFormat {
	format(value: number): string;
}

export function numberFormat(locale: string, options: Intl.NumberFormatOptions): NumberFormat {
	let made: Intl.NumberFormat | undefined;
	return { format: (value) => (made ??= new Intl.NumberFormat(locale, options)).format(value) };
}
