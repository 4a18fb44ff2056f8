// Arrow record batches (DuckDB-WASM results) → plain rows, typed by the Arrow schema:
// dates and timestamps become Dates, 64-bit integers numbers, nested values plain arrays and objects.

import type { Column, Row } from './types';
import { toPlain } from './plain';

interface ArrowField {
	name: string;
	type: { typeId: number; scale?: number; toString(): string };
}
interface ArrowBatch {
	numRows: number;
	getChildAt(i: number): { get(i: number): unknown } | null;
}

// apache-arrow Type ids: Decimal = 7, Date = 8, Timestamp = 10.
const DECIMAL = 7;
const DATE = 8;
const TIMESTAMP = 10;

/**
 * A DECIMAL(p, s) as the nearest double to its decimal digits (what Node DuckDB gives): Arrow's conversion scales
 * by a power of ten in floating point, which leaves 889327.7000000001 for 889327.70.
 */
function decimal(v: unknown, scale: number): unknown {
	return typeof v === 'number' && Number.isFinite(v) && scale > 0 && scale <= 20 ? Number(v.toFixed(scale)) : v;
}

export function arrowToRows(schema: { fields: ArrowField[] }, batches: ArrowBatch[]): { columns: Column[]; rows: Row[] } {
	const fields = schema.fields;
	const columns = fields.map((f) => ({ name: f.name, type: f.type.toString() }));
	const rows: Row[] = [];
	for (const batch of batches) {
		const vectors = fields.map((_, i) => batch.getChildAt(i));
		for (let r = 0; r < batch.numRows; r++) {
			const row: Row = {};
			fields.forEach((f, i) => {
				const t = f.type.typeId;
				const raw = vectors[i]?.get(r) ?? null;
				const v = t === DECIMAL ? decimal(raw, f.type.scale ?? 0) : raw;
				row[f.name] =
					v !== null && (t === DATE || t === TIMESTAMP) && (typeof v === 'number' || typeof v === 'bigint')
						? new Date(Number(v))
						: toPlain(v && typeof v === 'object' && 'toJSON' in v ? (v as { toJSON(): unknown }).toJSON() : v);
			});
			rows.push(row);
		}
	}
	return { columns, rows };
}
