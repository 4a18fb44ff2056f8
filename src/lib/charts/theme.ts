// Colours and type shared by every chart. Series colours are colour-blind-safe (Okabe–Ito) and
// keep ≥ 3:1 contrast on the page background.
export const palette = ['#0072b2', '#d55e00', '#009e73', '#cc79a7', '#e69f00', '#56b4e9', '#6b6b6b'];
export const laneColours: Record<string, string> = { bank: '#c0392b', internet: '#0072b2', regulator: '#6b6b6b' };
export const fontFamily = 'system-ui, -apple-system, "Segoe UI", "PingFang SC", "Noto Sans CJK SC", "Site CJK", sans-serif';

export const baseStyle = { fontFamily, fontSize: '13px', overflow: 'visible' } as const;

/** The y-axis label from a `unit` column when the query provides one (it can change with a control). */
export const unitOf = (rows: Record<string, unknown>[]): string | null => {
	const u = rows.find((r) => typeof r.unit === 'string')?.unit;
	return typeof u === 'string' ? u : null;
};

/** The same publisher keeps the same colour in every chart. */
export const publisherColours: Record<string, string> = {
	NBS: '#d55e00',
	MOFCOM: '#0072b2',
	'MOFCOM / State Council': '#0072b2',
	SAIC: '#e69f00',
	CNNIC: '#009e73',
	'Private research': '#cc79a7',
	'Other / unclear': '#6b6b6b'
};

/** Basket items by kind (the association chapter): the same kind keeps the same colour in every chart. */
export const kindColours: Record<string, string> = {
	purchase: palette[0]!,
	'financial product': palette[1]!,
	segment: palette[2]!,
	level: palette[3]!
};

/** A colour scale: fixed colours when every series is a known publisher (or item kind), else the palette. */
export function seriesColours(values: unknown[]): { domain?: string[]; range: string[] } {
	const names = [...new Set(values.map(String))];
	for (const known of [publisherColours, kindColours])
		if (names.length > 0 && names.every((n) => n in known)) return { domain: names, range: names.map((n) => known[n]!) };
	return { range: palette };
}

/** Answers in a feature matrix: a found 'yes' strong, 'no' warm, and an unsourced cell pale grey (never a guess). */
export const answerColours: Record<string, string> = {
	yes: '#2b8a6e',
	partial: '#a7d8c4',
	no: '#e9a88c',
	closed: '#b5443a',
	operating: '#4f86b5',
	'no source found': '#eeece7'
};

/** True when a `scaleType` column asks for a log axis. */
export const logScale = (rows: Record<string, unknown>[], column: string | undefined): boolean =>
	column !== undefined && rows[0]?.[column] === 'log';
