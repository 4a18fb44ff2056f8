/**
 * What a dataset generated in the browser carries from the generator's worker to the database: the published
 * tables' columns as typed arrays (transferred, not copied), their dictionaries, and the category rows with the
 * generator's medians (the `categories` table). Ground truth stays behind: the site never publishes it.
 */
import type { Dictionaries, SynthData } from './tables';

export interface GeneratedColumns {
	seed: number;
	plant: boolean;
	customers: number;
	/** The window year: orders.order_date is its day of year (1 = 1 January). */
	windowYear: number;
	tables: {
		customers: Record<'customer_id' | 'age_band' | 'gender' | 'region' | 'city_tier' | 'card_type' | 'register_month', Int32Array | Uint8Array>;
		orders: Record<'order_id' | 'customer_id' | 'order_date' | 'category' | 'amount' | 'pay_method', Int32Array | Uint16Array | Uint8Array | Float64Array>;
		holdings: Record<string, Int32Array | Uint8Array>;
		holdings_null: Record<string, Int32Array | Uint8Array>;
	};
	categories: { code: string; name_en: string; name_zh: string; big_ticket: boolean; median_cny: number }[];
	/** Code → label lists of the categorical columns (0-based codes), as the generator gives them. */
	dict: Dictionaries;
}

export type TableName = keyof GeneratedColumns['tables'];

/** The columns to publish, and the buffers to transfer with them. */
export function publishedColumns(data: SynthData): { columns: GeneratedColumns; transfer: ArrayBuffer[] } {
	const { customers: c, orders: o, holdings, holdings_null, dict, params } = data;
	const medians = new Map<string, number>(params.categories.map((x) => [x.code, x.median_cny]));
	const columns: GeneratedColumns = {
		seed: data.seed,
		plant: data.plant,
		customers: c.customer_id.length,
		windowYear: params.window_year,
		tables: {
			customers: { ...c },
			orders: { ...o },
			holdings: { ...holdings },
			holdings_null: { ...holdings_null }
		},
		categories: data.categories.map((x) => ({ ...x, median_cny: medians.get(x.code) ?? 0 })),
		// Plain copies: the generator's lists belong to its (frozen) parameters.
		dict: Object.fromEntries(Object.entries(dict).map(([k, v]) => [k, [...v]])) as unknown as Dictionaries
	};
	const buffers = new Set<ArrayBuffer>();
	for (const table of Object.values(columns.tables))
		for (const col of Object.values(table)) buffers.add(col.buffer as ArrayBuffer);
	return { columns, transfer: [...buffers] };
}

/** Rows of a table in the columns (the length of its first column). */
export function rowCount(columns: GeneratedColumns, table: TableName): number {
	const first = Object.values(columns.tables[table])[0];
	return first ? first.length : 0;
}
