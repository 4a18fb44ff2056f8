// Colours and type shared by every chart. Series colours are colour-blind-safe (Okabe–Ito) and
// keep ≥ 3:1 contrast on the page background.
export const palette = ['#0072b2', '#d55e00', '#009e73', '#cc79a7', '#e69f00', '#56b4e9', '#6b6b6b'];
export const laneColours: Record<string, string> = { bank: '#c0392b', internet: '#0072b2', regulator: '#6b6b6b' };
export const fontFamily = 'system-ui, -apple-system, "Segoe UI", "PingFang SC", "Noto Sans CJK SC", sans-serif';

export const baseStyle = { fontFamily, fontSize: '13px', overflow: 'visible' } as const;

/** The y-axis label from a `unit` column when the query provides one (it can change with a control). */
export const unitOf = (rows: Record<string, unknown>[]): string | null => {
	const u = rows.find((r) => typeof r.unit === 'string')?.unit;
	return typeof u === 'string' ? u : null;
};
