// The real, sourced tables: how each CSV in data/reference/ becomes a typed table.
// Every table keeps the provenance columns (source_name, source_url, confidence, note) of every row.

export interface ColumnDoc {
	name: string;
	description: string;
}

export interface TableSpec {
	name: string;
	database: 'reference';
	kind: 'real' | 'synthetic';
	csv: string; // file in data/reference/
	description: string;
	select: string; // SELECT over the raw all-VARCHAR CSV, aliased `raw`
	orderBy: string;
	columns: ColumnDoc[];
}

/** A table derived from the source tables by a stated rule; its SQL is shown on /data/. */
export interface DerivedSpec {
	name: string;
	database: 'reference';
	kind: 'real';
	derivedFrom: string;
	description: string;
	select: string; // SELECT over the tables above
	orderBy: string;
	columns: ColumnDoc[];
}

// `value` is written as the source wrote it: '>9' is a lower bound, '~13' an approximation.
const numeric = (col: string) => `TRY_CAST(regexp_replace(trim(${col}), '^[>~<≈]\\s*', '') AS DOUBLE)`;
const qualifier = (col: string) =>
	`CASE WHEN trim(${col}) LIKE '>%' THEN 'lower_bound' WHEN trim(${col}) LIKE '<%' THEN 'upper_bound' WHEN trim(${col}) LIKE '~%' OR trim(${col}) LIKE '≈%' THEN 'approximate' ELSE 'exact' END`;
const provenance = `nullif(source_name, '') AS source_name, nullif(source_url, '') AS source_url,
  nullif(confidence, '') AS confidence, nullif(note, '') AS note`;
const provenanceDocs: ColumnDoc[] = [
	{ name: 'source_name', description: 'Who published the figure, and where it was read (often a repost).' },
	{ name: 'source_url', description: 'The page the figure was read from.' },
	{ name: 'confidence', description: 'high: official release or a reputable outlet quoting it; medium: credible secondary; low: weak origin or conflicting.' },
	{ name: 'note', description: 'Caveats, disagreements with other sources, definitions.' }
];
const valueDocs: ColumnDoc[] = [
	{ name: 'value_text', description: 'The figure exactly as the source wrote it (">9" = more than 9, "~" = about).' },
	{ name: 'value', description: 'The number in value_text (for a bound, the bound itself).' },
	{ name: 'value_qualifier', description: 'exact, lower_bound, upper_bound or approximate.' },
	{ name: 'unit', description: 'Unit as reported: 亿元 = 100 million yuan, 万亿元 = trillion yuan, percent, million persons …' }
];

export const tables: TableSpec[] = [
	{
		name: 'online_retail',
		database: 'reference',
		kind: 'real',
		csv: 'china_online_retail.csv',
		description:
			'Online retail sales in China (网上零售额), total and physical goods, their growth, physical goods’ share of total retail sales, and total retail sales of consumer goods. NBS series from 2014; earlier rows are MOFCOM, SAIC, CNNIC or private estimates with other definitions.',
		select: `SELECT CAST(year AS INTEGER) AS year, period, indicator, value AS value_text,
  ${numeric('value')} AS value, ${qualifier('value')} AS value_qualifier, unit,
  TRY_CAST(value_100m_yuan AS DOUBLE) AS value_100m_yuan, ${provenance} FROM raw`,
		orderBy: 'indicator, year, source_url',
		columns: [
			{ name: 'year', description: 'Calendar year.' },
			{ name: 'period', description: 'full_year, or a partial period such as jan-oct.' },
			{ name: 'indicator', description: 'online_retail_sales_total, online_retail_sales_physical, *_yoy (%), physical_share_of_total_retail (%), total_retail_sales_consumer_goods, and pre-2014 estimates suffixed by publisher.' },
			...valueDocs,
			{ name: 'value_100m_yuan', description: 'The value converted to 亿元 (100 million yuan); blank for percentages, USD and bounds. Rounded where the source was.' },
			...provenanceDocs
		]
	},
	{
		name: 'internet_users',
		database: 'reference',
		kind: 'real',
		csv: 'china_internet_users.csv',
		description:
			'CNNIC Statistical Reports on Internet Development (23rd, 2008-12, to 55th, 2024-12): internet, mobile, online-shopping and online-payment users, penetration and usage rates.',
		select: `SELECT as_of, last_day(strptime(as_of, '%Y-%m'))::DATE AS as_of_date, cnnic_report, indicator,
  value AS value_text, ${numeric('value')} AS value, ${qualifier('value')} AS value_qualifier, unit, ${provenance} FROM raw`,
		orderBy: 'indicator, as_of, source_url',
		columns: [
			{ name: 'as_of', description: 'Report date, year-month (CNNIC reports half-yearly: June and December).' },
			{ name: 'as_of_date', description: 'Last day of that month, as a DATE.' },
			{ name: 'cnnic_report', description: 'Number of the CNNIC report, e.g. 35th.' },
			{ name: 'indicator', description: 'internet_users, internet_penetration (% of population), online_shopping_users, online_shopping_usage_rate (% of internet users), online_payment_users, mobile_payment_users …' },
			...valueDocs,
			...provenanceDocs
		]
	},
	{
		name: 'ecommerce_transactions',
		database: 'reference',
		kind: 'real',
		csv: 'china_ecommerce_transactions.csv',
		description:
			'E-commerce transaction volume (电子商务交易额, B2B plus retail) from MOFCOM, NBS, SAIC and private estimates, kept one row per source where they disagree; PBOC payment statistics; payment-market estimates.',
		select: `SELECT CAST(year AS INTEGER) AS year, period, indicator, value AS value_text,
  ${numeric('value')} AS value, ${qualifier('value')} AS value_qualifier, unit, ${provenance} FROM raw`,
		orderBy: 'indicator, year, source_url',
		columns: [
			{ name: 'year', description: 'Calendar year.' },
			{ name: 'period', description: 'full_year, or a partial period.' },
			{ name: 'indicator', description: 'ecommerce_transaction_volume, ecommerce_b2b_transaction_volume, bank_online_payment_*, nonbank_network_payment_*, market estimates …' },
			...valueDocs,
			...provenanceDocs
		]
	},
	{
		name: 'platform_timeline',
		database: 'reference',
		kind: 'real',
		csv: 'platform_timeline.csv',
		description:
			'Milestones 1998-2025: internet platforms and their finance arms, bank-run e-commerce platforms (launches, strategy, closures) and regulation.',
		select: `SELECT date AS date_text,
  CASE date_precision WHEN 'day' THEN strptime(date, '%Y-%m-%d') WHEN 'month' THEN strptime(date || '-01', '%Y-%m-%d')
       ELSE strptime(date || '-01-01', '%Y-%m-%d') END::DATE AS date,
  date_precision, event, actor, actor_type, category, ${provenance} FROM raw`,
		orderBy: 'date, actor, event',
		columns: [
			{ name: 'date_text', description: 'Date as precise as the source: YYYY-MM-DD, YYYY-MM or YYYY.' },
			{ name: 'date', description: 'The first day of that period, as a DATE (so a year-only event sits at 1 January).' },
			{ name: 'date_precision', description: 'day, month or year.' },
			{ name: 'event', description: 'What happened.' },
			{ name: 'actor', description: 'Who: JD, Alibaba, ICBC, CCB, PBOC …' },
			{ name: 'actor_type', description: 'bank, internet or regulator.' },
			{ name: 'category', description: 'bank_ecommerce, internet_finance, payments, consumer_credit, platform_launch, regulation …' },
			...provenanceDocs
		]
	},
	{
		name: 'bank_platform_metrics',
		database: 'reference',
		kind: 'real',
		csv: 'bank_platform_metrics.csv',
		description:
			'Scale of bank-run platforms (ICBC 融e购, CCB 善融商务) and of the comparators (Alibaba China retail GMV and active buyers, JD GMV and active accounts). Definitions differ: see period_definition and note.',
		// period_end: where the period ends, so figures can put calendar and fiscal years on one time axis
		select: `SELECT platform, operator, period, period_definition,
  CASE WHEN regexp_full_match(period, '\\d{4}') THEN make_date(period::INT, 12, 31)
       WHEN regexp_full_match(period, 'FY\\d{4}') THEN make_date(period[3:]::INT, 3, 31)
       WHEN regexp_full_match(period, '\\d{4}-\\d{2}') THEN last_day(strptime(period || '-01', '%Y-%m-%d'))::DATE
       WHEN regexp_matches(period, ' to \\d{4}-\\d{2}$') THEN last_day(strptime(right(period, 7) || '-01', '%Y-%m-%d'))::DATE
  END AS period_end,
  metric, value AS value_text,
  ${numeric('value')} AS value, ${qualifier('value')} AS value_qualifier, unit, ${provenance} FROM raw`,
		orderBy: 'platform, metric, period, source_url',
		columns: [
			{ name: 'platform', description: 'Platform name.' },
			{ name: 'operator', description: 'Company operating it.' },
			{ name: 'period', description: 'Period as reported (calendar or fiscal year, half-year …).' },
			{ name: 'period_definition', description: 'What the period covers; Alibaba’s fiscal year ends 31 March.' },
			{ name: 'period_end', description: 'The last day of the period (31 December of a calendar year, 31 March of an Alibaba fiscal year, a month’s last day); NULL for a half-year, a quarter or an undated period.' },
			{ name: 'metric', description: 'transaction_volume, gmv, users, active_buyers …' },
			...valueDocs,
			...provenanceDocs
		]
	},
	{
		name: 'platform_features',
		database: 'reference',
		kind: 'real',
		csv: 'platform_features.csv',
		description:
			'Feature matrix of 融e购, 善融商务, 交博汇, Taobao/Tmall and JD.com in long form. A blank value means no source was found, not "no".',
		select: `SELECT platform, feature, nullif(value, '') AS value, ${provenance} FROM raw`,
		orderBy: 'platform, feature',
		columns: [
			{ name: 'platform', description: 'Platform name.' },
			{ name: 'feature', description: 'b2c_mall, b2b, charges_merchant_commission, consumer_installment_credit …' },
			{ name: 'value', description: 'yes, no, partial or a short status; NULL where no source was found.' },
			...provenanceDocs
		]
	},
	{
		name: 'swot_factors',
		database: 'reference',
		kind: 'real',
		csv: 'swot_factors.csv',
		description:
			'SWOT factors of 融e购, written for this site from the sourced tables: each with its evidence in one sentence and the source of that evidence. The weights (importance within a side: S + W = 1, O + T = 1) and ratings (intensity, 1-5) are our judgement.',
		select: `SELECT factor_id, quadrant, label_en, label_zh, evidence, CAST(weight AS DECIMAL(4,3)) AS weight,
  CAST(rating AS TINYINT) AS rating, ${provenance} FROM raw`,
		orderBy: 'quadrant, factor_id',
		columns: [
			{ name: 'factor_id', description: 'S1 … T6: quadrant letter and number.' },
			{ name: 'quadrant', description: 'S (strength), W (weakness), O (opportunity) or T (threat).' },
			{ name: 'label_en', description: 'The factor, in English.' },
			{ name: 'label_zh', description: 'The factor, in Chinese (中文).' },
			{ name: 'evidence', description: 'The public evidence for it, in one sentence, from the row its source_url points to.' },
			{ name: 'weight', description: 'Importance within its side (strengths and weaknesses sum to 1; opportunities and threats sum to 1). Our judgement.' },
			{ name: 'rating', description: 'Intensity, 1 (slight) to 5 (strong); the quadrant gives the sign. Our judgement.' },
			...provenanceDocs
		]
	}
];

// Where several sources report the same figure, the charts show one: the rule, stated once, is
//   an exact figure before a bound, higher confidence first, then the more precise (more digits), then the
//   source URL (so the choice is deterministic). The rows not chosen stay in the source tables, and the
//   figures that compare sources read those.
const bestOrder = `value_qualifier = 'exact' DESC, CASE confidence WHEN 'high' THEN 0 WHEN 'medium' THEN 1 ELSE 2 END,
    length(regexp_replace(value_text, '[^0-9]', '', 'g')) DESC, source_url`;
const alternativesDoc: ColumnDoc = { name: 'sources_reporting', description: 'How many source rows report this figure (the others stay in the source table).' };

export const derived: DerivedSpec[] = [
	{
		name: 'online_retail_best',
		database: 'reference',
		kind: 'real',
		derivedFrom: 'online_retail',
		description:
			'One figure per indicator and full year from online_retail, where several sources report it: an exact figure before a bound, higher confidence first, then the more precise, then by source URL. The charts of series over time read this table.',
		select: `SELECT year, indicator, value_text, value, value_qualifier, unit, value_100m_yuan,
  coalesce(value_100m_yuan / 10000, CASE WHEN unit LIKE 'trillion%' THEN value END) AS trillion,
  confidence, source_name, source_url, note,
  count(*) OVER (PARTITION BY indicator, year)::INTEGER AS sources_reporting
FROM online_retail
WHERE period = 'full_year'
QUALIFY row_number() OVER (PARTITION BY indicator, year ORDER BY ${bestOrder}) = 1`,
		orderBy: 'indicator, year',
		columns: [
			{ name: 'year', description: 'Calendar year.' },
			{ name: 'indicator', description: 'As in online_retail.' },
			...valueDocs,
			{ name: 'value_100m_yuan', description: 'The value in 亿元 (100 million yuan), as in online_retail.' },
			{ name: 'trillion', description: 'The value in ¥ trillion (万亿元); for a bound in trillions, the bound. NULL for percentages.' },
			...provenanceDocs,
			alternativesDoc
		]
	},
	{
		name: 'internet_users_best',
		database: 'reference',
		kind: 'real',
		derivedFrom: 'internet_users',
		description:
			'One figure per indicator and CNNIC report from internet_users, chosen by the same rule as online_retail_best.',
		select: `SELECT as_of, as_of_date, cnnic_report, indicator, value_text, value, value_qualifier, unit,
  confidence, source_name, source_url, note,
  count(*) OVER (PARTITION BY indicator, as_of)::INTEGER AS sources_reporting
FROM internet_users
QUALIFY row_number() OVER (PARTITION BY indicator, as_of ORDER BY ${bestOrder}) = 1`,
		orderBy: 'indicator, as_of',
		columns: [
			{ name: 'as_of', description: 'Report date, year-month.' },
			{ name: 'as_of_date', description: 'Last day of that month.' },
			{ name: 'cnnic_report', description: 'Number of the CNNIC report.' },
			{ name: 'indicator', description: 'As in internet_users.' },
			...valueDocs,
			...provenanceDocs,
			alternativesDoc
		]
	}
];
