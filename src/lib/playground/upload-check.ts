// Checks on a reader's file before it reaches DuckDB, each failing with a sentence the page shows: size, kind,
// empty or binary content, and the text encoding (UTF-8 as is; UTF-16 with a byte-order mark and GB 18030/GBK,
// common for Chinese spreadsheets, converted to UTF-8 in the browser).
import { t } from './Playground.strings';

/** The largest file taken: DuckDB-WASM holds the table in the tab's memory (≤ 4 GB for everything). */
export const MAX_UPLOAD_BYTES = 200 * 1024 * 1024;
/** Parquet is decoded to JavaScript values first, which takes several times the file's size. */
export const MAX_PARQUET_BYTES = 50 * 1024 * 1024;

export type UploadKind = 'csv' | 'parquet';

export class UploadError extends Error {}

export function uploadKind(name: string, size: number): UploadKind {
	const kind: UploadKind | null = /\.parquet$/i.test(name) ? 'parquet' : /\.(csv|tsv|txt)$/i.test(name) ? 'csv' : null;
	if (!kind) throw new UploadError(t.uploadWrongKind(name));
	if (size === 0) throw new UploadError(t.uploadEmpty(name));
	const max = kind === 'parquet' ? MAX_PARQUET_BYTES : MAX_UPLOAD_BYTES;
	if (size > max) throw new UploadError(t.uploadTooBig(name, size, max));
	return kind;
}

/** A table name from the file name (lower case, letters, digits, _), not one of `taken` (the site's tables). */
export function tableNameFor(fileName: string, taken: readonly string[]): string {
	let name = fileName
		.replace(/\.[^.]*$/, '')
		.toLowerCase()
		.replace(/[^a-z0-9_]+/g, '_')
		.replace(/^_+|_+$/g, '')
		.slice(0, 40);
	if (!name || /^[0-9]/.test(name)) name = `t_${name}`.replace(/_+$/, '');
	while (taken.includes(name)) name = `my_${name}`;
	return name;
}

/** A text file has no NUL bytes (UTF-16 aside, recognised by its byte-order mark first). */
function looksBinary(bytes: Uint8Array): boolean {
	const n = Math.min(bytes.length, 64 * 1024);
	for (let i = 0; i < n; i++) if (bytes[i] === 0) return true;
	return false;
}

/** The file as UTF-8 CSV bytes, with the encoding it was read as. */
export function csvAsUtf8(name: string, bytes: Uint8Array): { bytes: Uint8Array; encoding: string } {
	const bom16 = (bytes[0] === 0xff && bytes[1] === 0xfe) || (bytes[0] === 0xfe && bytes[1] === 0xff);
	if (bom16) {
		const text = new TextDecoder(bytes[0] === 0xff ? 'utf-16le' : 'utf-16be').decode(bytes);
		return { bytes: new TextEncoder().encode(text), encoding: 'UTF-16' };
	}
	if (looksBinary(bytes)) throw new UploadError(t.uploadBinary(name));
	const start = bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf ? 3 : 0;
	const body = start ? bytes.subarray(start) : bytes;
	if (!body.some((b) => b !== 0x20 && b !== 0x0a && b !== 0x0d && b !== 0x09)) throw new UploadError(t.uploadEmpty(name));
	try {
		new TextDecoder('utf-8', { fatal: true }).decode(body);
		return { bytes: body, encoding: 'UTF-8' };
	} catch {
		// Not UTF-8: GB 18030 (a superset of GBK and GB 2312) is what Chinese Excel writes.
		try {
			const text = new TextDecoder('gb18030', { fatal: true }).decode(body);
			return { bytes: new TextEncoder().encode(text), encoding: 'GB 18030' };
		} catch {
			throw new UploadError(t.uploadEncoding(name));
		}
	}
}
