// The reader's transactions as the study's tables: a column mapping (customer id, date, category, amount, and
// optional 0/1 product flags) turns one table of the reader's into customers, orders, holdings, holdings_null,
// categories and customer_year with the published columns, in memory.scratch. The reader's search path reads
// memory.scratch first, so the chapters' own queries (the examples) then run on the reader's data unchanged.
// Choices where the reader's data has no counterpart, said on the page: the window is the latest calendar year
// in the data; a customer holds a product if any of their rows flags it; profile columns (age band, region …)
// and a category's Chinese name are empty; big-ticket categories are the top quarter by median order; holdings_null (the synthetic null model)
// is a copy of holdings, since the reader's data has no planted relations to remove.
import { customerYear } from '$lib/synth/schema';

export const PRODUCTS = ['credit_card', 'consumer_loan', 'mortgage', 'wealth_mgmt', 'fund', 'insurance', 'precious_metals_acct', 'deposit_high'] as const;
export type Product = (typeof PRODUCTS)[number];

export interface StudyMapping {
	table: string;
	customer: string;
	date: string;
	category: string;
	amount: string;
	products: Partial<Record<Product, string>>;
}

/** The tables the study reads (and the mapping writes): dropping them gives the published data back. */
export const STUDY_TABLES = ['orders', 'customers', 'holdings', 'holdings_null', 'categories', 'customer_year', 'study_source', 'study_ids'] as const;

const ident = (s: string) => `"${s.replaceAll('"', '""')}"`;
const S = (name: string) => `memory.scratch.${name}`;
const WINDOW = `(SELECT max(year(order_date)) FROM ${S('study_source')})`;

/** A 0/1 flag from what spreadsheets write: 1/0, true/false, yes/no, y/n, t/f. */
const flag = (col: string) => `CASE WHEN lower(trim(CAST(${ident(col)} AS VARCHAR))) IN ('1', 'true', 't', 'yes', 'y') THEN 1 ELSE 0 END`;

export function mappingProblems(m: StudyMapping, columns: readonly string[]): string[] {
	const out: string[] = [];
	for (const role of ['customer', 'date', 'category', 'amount'] as const)
		if (!columns.includes(m[role])) out.push(`Choose the column that holds the ${role === 'customer' ? 'customer id' : role}.`);
	for (const [p, c] of Object.entries(m.products)) if (c && !columns.includes(c)) out.push(`${p}: no column ${c}.`);
	return out;
}

export function studyStatements(m: StudyMapping): string[] {
	const flags = PRODUCTS.filter((p) => m.products[p]).map((p) => `${flag(m.products[p]!)} AS ${p}`);
	const customerYearSql = customerYear.select.replace("DATE '2015-12-31'", `(SELECT make_date(max(year(order_date)), 12, 31) FROM ${S('orders')})`);
	if (customerYearSql === customerYear.select) throw new Error('customer_year no longer ends on 31 December 2015: update the mapping.');
	return [
		`CREATE OR REPLACE TABLE ${S('study_source')} AS
SELECT CAST(${ident(m.customer)} AS VARCHAR) AS customer_key, TRY_CAST(${ident(m.date)} AS DATE) AS order_date,
       CAST(${ident(m.category)} AS VARCHAR) AS category, TRY_CAST(${ident(m.amount)} AS DECIMAL(12,2)) AS amount${flags.length ? ',\n       ' + flags.join(', ') : ''}
FROM ${S(ident(m.table))}
WHERE ${ident(m.customer)} IS NOT NULL AND TRY_CAST(${ident(m.date)} AS DATE) IS NOT NULL AND ${ident(m.category)} IS NOT NULL
  AND TRY_CAST(${ident(m.amount)} AS DECIMAL(12,2)) > 0`,
		`CREATE OR REPLACE TABLE ${S('study_ids')} AS
SELECT customer_key, row_number() OVER (ORDER BY customer_key)::INTEGER AS customer_id
FROM (SELECT DISTINCT customer_key FROM ${S('study_source')} WHERE year(order_date) = ${WINDOW})`,
		`CREATE OR REPLACE TABLE ${S('orders')} AS
SELECT row_number() OVER (ORDER BY i.customer_id, s.order_date, s.category, s.amount)::INTEGER AS order_id, i.customer_id, s.order_date,
       s.category, s.amount, 'cash' AS pay_method
FROM ${S('study_source')} s JOIN ${S('study_ids')} i USING (customer_key)
WHERE year(s.order_date) = ${WINDOW}
ORDER BY order_id`,
		`CREATE OR REPLACE TABLE ${S('customers')} AS
SELECT customer_id, NULL::VARCHAR AS age_band, NULL::VARCHAR AS gender, NULL::VARCHAR AS region, NULL::TINYINT AS city_tier,
       NULL::VARCHAR AS card_type, NULL::VARCHAR AS register_month
FROM ${S('study_ids')} ORDER BY customer_id`,
		`CREATE OR REPLACE TABLE ${S('holdings')} AS
SELECT i.customer_id, ${PRODUCTS.map((p) => (m.products[p] ? `max(s.${p})::TINYINT AS ${p}` : `0::TINYINT AS ${p}`)).join(', ')}
FROM ${S('study_ids')} i JOIN ${S('study_source')} s USING (customer_key)
GROUP BY i.customer_id ORDER BY i.customer_id`,
		`CREATE OR REPLACE TABLE ${S('holdings_null')} AS SELECT * FROM ${S('holdings')}`,
		`CREATE OR REPLACE TABLE ${S('categories')} AS
WITH c AS (SELECT category, median(amount) AS median FROM ${S('orders')} GROUP BY category)
SELECT category AS code, category AS name_en, '' AS name_zh,
       median >= quantile_cont(median, 0.75) OVER () AS big_ticket, round(median)::INTEGER AS median_cny
FROM c ORDER BY code`,
		`CREATE OR REPLACE TABLE ${S('customer_year')} AS ${customerYearSql.replace(/FROM orders\b/, `FROM ${S('orders')}`)} ORDER BY customer_id`
	];
}

/** Back to the published data: the reader's study tables go (their own uploaded table stays). */
export const dropStudySql = () => STUDY_TABLES.map((t) => `DROP TABLE IF EXISTS ${S(t)}`);

const GUESS: Record<'customer' | 'date' | 'category' | 'amount', RegExp> = {
	customer: /cust|client|user|member|buyer|account|客户|用户/i,
	date: /date|day|time|日期|时间/i,
	category: /categ|class|type|product|item|类|品/i,
	amount: /amount|amt|price|total|value|spend|sales|sum|金额|价/i
};

/** A first mapping from column names (the reader corrects it): each role takes the first column that fits. */
export function guessMapping(table: string, columns: readonly string[]): StudyMapping {
	const used = new Set<string>();
	const pick = (role: keyof typeof GUESS) => {
		const c = columns.find((x) => !used.has(x) && GUESS[role].test(x)) ?? '';
		if (c) used.add(c);
		return c;
	};
	const products: Partial<Record<Product, string>> = {};
	for (const p of PRODUCTS) {
		const c = columns.find((x) => x.toLowerCase() === p);
		if (c) products[p] = c;
	}
	return { table, date: pick('date'), amount: pick('amount'), customer: pick('customer'), category: pick('category'), products };
}
