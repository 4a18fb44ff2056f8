/**
 * The synthetic tables' categorical columns are DuckDB ENUMs, in the generator's own order (age bands from young to
 * old, registration months in time order, categories and payment methods as configured). Two reasons: ENUMs sort
 * in that meaningful order, and they are stored as small integers, which keeps the database file deterministic —
 * DuckDB 1.4.3's dictionary-compressed VARCHAR segments carry uninitialised bytes, so the same table written twice
 * gave two different files.
 */
import type { Dictionaries } from './tables';

export type EnumColumns = Record<'customers' | 'orders', Record<string, readonly string[]>>;

export const enumColumns = (dict: Dictionaries): EnumColumns => ({
	customers: { age_band: dict.age_band, gender: dict.gender, region: dict.region, card_type: dict.card_type, register_month: dict.register_month },
	orders: { category: dict.category, pay_method: dict.pay_method }
});

/** `ENUM('a', 'b', …)` for SQL. */
export const enumType = (values: readonly string[]) => `ENUM(${values.map((v) => `'${v.replaceAll("'", "''")}'`).join(', ')})`;

/** `col::ENUM(…) AS col, …` for a SELECT * REPLACE (…) over a table whose categorical columns are text. */
export function enumCasts(columns: Record<string, readonly string[]>): string {
	return Object.entries(columns)
		.map(([c, values]) => `${c}::${enumType(values)} AS ${c}`)
		.join(', ');
}
