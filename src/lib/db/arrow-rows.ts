// Arrow record batches (DuckDB-WASM results) → plain rows, typed by the Arrow schema:
// dates and timestamps become Dates, 64-bit integers numbers, nested values plain arrays and objects.

import type { Column, Row } from './types';
import { toPlain } from './plain';

interface ArrowField {
	name: string;
	type: { typeId: number; toString(): string };
}
interface ArrowBatch {
	numRows: number;
	getChildAt(i: number): { get(i: number): unknown; data?: readonly unknown[] } | null;
}

// apache-arrow's Type.Dictionary.
const DICTIONARY = -1;

/**
 * The dictionary-encoded (ENUM) columns whose dictionary came back empty. DuckDB-WASM's streamed results (`send`)
 * carry ENUM columns as Arrow dictionaries without their values, so every cell would read as empty: the engine
 * asks again with those columns cast to text (`castEnumsToText`).
 */
export function emptyDictionaryColumns(schema: { fields: ArrowField[] }, batches: ArrowBatch[]): string[] {
	return schema.fields
		.filter((f, i) => f.type.typeId === DICTIONARY && batches.some((b) => b.numRows > 0 && (b.getChildAt(i)?.data ?? []).some((d) => ((d as { dictionary?: { length: number } }).dictionary?.length ?? 0) === 0)))
		.map((f) => f.name);
}

/** The same query with these columns as VARCHAR (the query's own order and other columns unchanged). */
export function castEnumsToText(sql: string, columns: string[]): string {
	const q = (name: string) => `"${name.replaceAll('"', '""')}"`;
	const body = sql.trim().replace(/;\s*$/, '');
	return `SELECT * REPLACE (${columns.map((c) => `CAST(${q(c)} AS VARCHAR) AS ${q(c)}`).join(', ')}) FROM (\n${body}\n)`;
}

// apache-arrow Type ids: Date = 8, Timestamp = 10.
const DATE = 8;
const TIMESTAMP = 10;

export function arrowToRows(schema: { fields: ArrowField[] }, batches: ArrowBatch[]): { columns: Column[]; rows: Row[] } {
	const fields = schema.fields;
	const columns = fields.map((f) => ({ name: f.name, type: f.type.toString() }));
	const rows: Row[] = [];
	for (const batch of batches) {
		const vectors = fields.map((_, i) => batch.getChildAt(i));
		for (let r = 0; r < batch.numRows; r++) {
			const row: Row = {};
			fields.forEach((f, i) => {
				const v = vectors[i]?.get(r) ?? null;
				const t = f.type.typeId;
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
