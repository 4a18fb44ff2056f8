// A reader's Parquet file decoded in JavaScript by hyparquet and its compressors (the site's own downloads are
// ZSTD), not by DuckDB-WASM, which would fetch its parquet extension from a CDN. It reaches DuckDB as CSV with
// each column's type (db/reader-files.ts), so nothing is sniffed; nested values (lists, structs) become JSON text.
import { t } from './Playground.strings';
import { UploadError } from './upload-check';

export type ColumnKind = 'integer' | 'double' | 'text' | 'boolean' | 'date' | 'timestamp';

export const duckdbType: Record<ColumnKind, string> = {
	integer: 'BIGINT',
	double: 'DOUBLE',
	text: 'VARCHAR',
	boolean: 'BOOLEAN',
	date: 'DATE',
	timestamp: 'TIMESTAMP'
};

export function kindOf(values: readonly unknown[]): ColumnKind {
	const kinds = new Set<ColumnKind>();
	for (const v of values) {
		if (v === null || v === undefined) continue;
		if (typeof v === 'bigint') kinds.add('integer');
		else if (typeof v === 'number') kinds.add(Number.isInteger(v) ? 'integer' : 'double');
		else if (typeof v === 'boolean') kinds.add('boolean');
		else if (v instanceof Date) kinds.add(v.getUTCHours() || v.getUTCMinutes() || v.getUTCSeconds() || v.getUTCMilliseconds() ? 'timestamp' : 'date');
		else kinds.add('text');
	}
	if (kinds.size === 0) return 'text';
	if ([...kinds].every((k) => k === 'integer' || k === 'double')) return kinds.has('double') ? 'double' : 'integer';
	if ([...kinds].every((k) => k === 'date' || k === 'timestamp')) return kinds.has('timestamp') ? 'timestamp' : 'date';
	return kinds.size === 1 ? [...kinds][0]! : 'text';
}

const json = (v: unknown) => JSON.stringify(v, (_, x) => (typeof x === 'bigint' ? Number(x) : x));

/** One CSV field: NULL is an empty field, text always quoted (so '' stays an empty string), dates ISO. */
export function csvField(v: unknown, kind: ColumnKind): string {
	if (v === null || v === undefined) return '';
	if (kind === 'text') {
		const s = typeof v === 'string' ? v : v instanceof Date ? v.toISOString() : json(v);
		return `"${s.replaceAll('"', '""')}"`;
	}
	if (kind === 'date') return (v as Date).toISOString().slice(0, 10);
	if (kind === 'timestamp') return (v as Date).toISOString().replace('T', ' ').replace('Z', '');
	if (kind === 'integer' || kind === 'double') {
		const n = typeof v === 'bigint' ? v.toString() : String(Number(v));
		return n === 'NaN' ? '' : n;
	}
	return String(v);
}

export async function decodeParquet(name: string, buffer: ArrayBuffer): Promise<{ bytes: Uint8Array; types: [string, string][]; rows: number }> {
	const [{ parquetMetadata, parquetReadObjects, parquetSchema }, { compressors }] = await Promise.all([import('hyparquet'), import('hyparquet-compressors')]);
	let rows: Record<string, unknown>[];
	let names: string[];
	try {
		const metadata = parquetMetadata(buffer);
		names = parquetSchema(metadata).children.map((c) => c.element.name);
		rows = await parquetReadObjects({ file: buffer, metadata, compressors });
	} catch (e) {
		throw new UploadError(t.uploadParquet(name, e instanceof Error ? e.message : String(e)));
	}
	if (!names.length) throw new UploadError(t.uploadEmpty(name));
	const kinds = names.map((n) => kindOf(rows.map((r) => r[n])));
	const header = names.map((n) => `"${n.replaceAll('"', '""')}"`).join(',');
	const lines = rows.map((r) => names.map((n, i) => csvField(r[n], kinds[i]!)).join(','));
	return { bytes: new TextEncoder().encode([header, ...lines].join('\n') + '\n'), types: names.map((n, i) => [n, duckdbType[kinds[i]!]]), rows: rows.length };
}
