// A reader's Parquet file decoded in JavaScript by hyparquet and its compressors (the site's own downloads are
// ZSTD), not by DuckDB-WASM, which would fetch its parquet extension from a CDN. The result: columns with the kind
// DuckDB stores them as; nested values (lists, structs) become JSON text.
import type { ColumnKind } from '$lib/db/reader-files';
import { t } from './Playground.strings';
import { UploadError } from './upload-check';

export interface DecodedColumn {
	name: string;
	kind: ColumnKind;
	values: unknown[];
}

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

function plainValue(v: unknown, kind: ColumnKind): unknown {
	if (v === null || v === undefined) return null;
	if (kind === 'integer' || kind === 'double') return Number(v);
	if (kind === 'text' && typeof v !== 'string') return JSON.stringify(v, (_, x) => (typeof x === 'bigint' ? Number(x) : x));
	return v;
}

export async function decodeParquet(name: string, buffer: ArrayBuffer): Promise<DecodedColumn[]> {
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
	return names.map((n) => {
		const raw = rows.map((r) => r[n]);
		const kind = kindOf(raw);
		return { name: n, kind, values: raw.map((v) => plainValue(v, kind)) };
	});
}
