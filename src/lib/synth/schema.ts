// The synthetic customer tables as the site publishes them: column types and documentation, and the one derived
// table (a customer's year in one row) that the level figures read. /data/ shows all of it. Browser-safe (no Node
// imports): the pipeline writes customers.duckdb with it, and the browser fills the same tables from a dataset it
// generates itself (src/lib/db/synthetic.ts), so both have exactly these types and this SQL.

/** A column's documentation (the pipeline's ColumnDoc has the same shape). */
export interface ColumnDoc {
	name: string;
	description: string;
}

export interface SyntheticTable {
	name: 'customers' | 'orders' | 'holdings' | 'holdings_null' | 'categories';
	description: string;
	/** DuckDB column types, in order: the staging CSV is read with exactly these, nothing sniffed. */
	types: Record<string, string>;
	orderBy: string;
	columns: ColumnDoc[];
}

/** holdings and holdings_null: the same columns (the null model's products for the same customers). */
const holdingsTypes = {
	customer_id: 'INTEGER', credit_card: 'TINYINT', consumer_loan: 'TINYINT', mortgage: 'TINYINT', wealth_mgmt: 'TINYINT',
	fund: 'TINYINT', insurance: 'TINYINT', precious_metals_acct: 'TINYINT', deposit_high: 'TINYINT'
};

export const syntheticTables: SyntheticTable[] = [
	{
		name: 'customers',
		description: 'SYNTHETIC. One row per personal customer of the mall: profile at the end of the window year.',
		types: { customer_id: 'INTEGER', age_band: 'VARCHAR', gender: 'VARCHAR', region: 'VARCHAR', city_tier: 'TINYINT', card_type: 'VARCHAR', register_month: 'VARCHAR' },
		orderBy: 'customer_id',
		columns: [
			{ name: 'customer_id', description: 'Key, 1..n. Customers 1..n are the same whatever the size of the dataset.' },
			{ name: 'age_band', description: '18-24, 25-34, 35-44, 45-54 or 55+.' },
			{ name: 'gender', description: 'F or M.' },
			{ name: 'region', description: 'Region of China: east, central, west or northeast (the NBS grouping).' },
			{ name: 'city_tier', description: 'City tier, 1 (Beijing, Shanghai, Guangzhou, Shenzhen) to 4 (counties and towns).' },
			{ name: 'card_type', description: 'Card tier of the customer’s main ICBC debit card: ordinary, elite, wealth or private (banking).' },
			{ name: 'register_month', description: 'Month the customer registered with the mall, YYYY-MM (2014-01 to the window year).' }
		]
	},
	{
		name: 'orders',
		description: 'SYNTHETIC. One row per order in the window year (2015); every customer has at least one.',
		types: { order_id: 'INTEGER', customer_id: 'INTEGER', order_date: 'DATE', category: 'VARCHAR', amount: 'DECIMAL(12,2)', pay_method: 'VARCHAR' },
		orderBy: 'customer_id, order_date, order_id',
		columns: [
			{ name: 'order_id', description: 'Key, 1..n in (customer_id, order_date) order.' },
			{ name: 'customer_id', description: 'The customer (customers.customer_id).' },
			{ name: 'order_date', description: 'Day of the order, within the window year.' },
			{ name: 'category', description: 'Category code (categories.code).' },
			{ name: 'amount', description: 'Order amount in CNY (yuan), two decimals, > 0.' },
			{ name: 'pay_method', description: 'cash (debit card / account), points_plus_cash, credit_card or installment.' }
		]
	},
	{
		name: 'holdings',
		description: 'SYNTHETIC. The financial products each customer holds at the end of the window year (0/1 flags).',
		types: holdingsTypes,
		orderBy: 'customer_id',
		columns: [
			{ name: 'customer_id', description: 'The customer (customers.customer_id).' },
			{ name: 'credit_card', description: '1 = holds an ICBC credit card.' },
			{ name: 'consumer_loan', description: '1 = has a consumer loan (instalment credit, car or personal loan).' },
			{ name: 'mortgage', description: '1 = has a mortgage.' },
			{ name: 'wealth_mgmt', description: '1 = holds wealth-management products.' },
			{ name: 'fund', description: '1 = holds mutual funds bought through the bank.' },
			{ name: 'insurance', description: '1 = holds insurance sold by the bank.' },
			{ name: 'precious_metals_acct', description: '1 = has a precious-metals (gold) account.' },
			{ name: 'deposit_high', description: '1 = average deposits above the bank’s high-balance threshold.' }
		]
	},
	{
		name: 'holdings_null',
		description:
			'SYNTHETIC, the null model: the same customers’ products without the three planted relations (what the generator writes with plant=false). Only credit_card, consumer_loan and wealth_mgmt can differ from holdings.',
		types: holdingsTypes,
		orderBy: 'customer_id',
		columns: [
			{ name: 'customer_id', description: 'The customer (customers.customer_id).' },
			{ name: 'credit_card', description: '1 = holds a credit card (null model).' },
			{ name: 'consumer_loan', description: '1 = has a consumer loan (null model).' },
			{ name: 'mortgage', description: '1 = has a mortgage (as in holdings).' },
			{ name: 'wealth_mgmt', description: '1 = holds wealth-management products (null model).' },
			{ name: 'fund', description: '1 = holds mutual funds (as in holdings).' },
			{ name: 'insurance', description: '1 = holds insurance (as in holdings).' },
			{ name: 'precious_metals_acct', description: '1 = has a precious-metals account (as in holdings).' },
			{ name: 'deposit_high', description: '1 = high deposits (as in holdings).' }
		]
	},
	{
		name: 'categories',
		description: 'The twelve product categories, modelled on the mall’s own list, with Chinese and English names.',
		types: { code: 'VARCHAR', name_en: 'VARCHAR', name_zh: 'VARCHAR', big_ticket: 'BOOLEAN', median_cny: 'INTEGER' },
		orderBy: 'code',
		columns: [
			{ name: 'code', description: 'Category code used in orders.category.' },
			{ name: 'name_en', description: 'English name.' },
			{ name: 'name_zh', description: 'Chinese name (中文).' },
			{ name: 'big_ticket', description: 'true when the generator’s median order is ≥ 1,000 CNY.' },
			{ name: 'median_cny', description: 'The generator’s median order amount for the category, before customer effects (CNY).' }
		]
	}
];

/** A customer's year in one row: what the level figures grade. Runs with the customers database as default. */
export const customerYear = {
	name: 'customer_year',
	derivedFrom: 'orders',
	description: 'SYNTHETIC, derived from orders: one row per customer with their year’s orders, spend and activity.',
	select: `SELECT
  customer_id,
  count(*)::INTEGER                              AS orders,
  sum(amount)::DECIMAL(14,2)                     AS spend,
  count(DISTINCT month(order_date))::INTEGER     AS active_months,
  (DATE '2015-12-31' - max(order_date))::INTEGER AS recency_days
FROM orders
GROUP BY customer_id`,
	orderBy: 'customer_id',
	columns: [
		{ name: 'customer_id', description: 'The customer.' },
		{ name: 'orders', description: 'Orders in the window year (≥ 1).' },
		{ name: 'spend', description: 'Total order amount in the year, CNY.' },
		{ name: 'active_months', description: 'Months of the year with at least one order (1-12).' },
		{ name: 'recency_days', description: 'Days from the customer’s last order of the year to 31 December (0 = bought on the last day).' }
	]
};
