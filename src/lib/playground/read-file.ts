// A reader's File → what the engine loads (ReaderFile): read in chunks with progress (a 200 MB file takes a
// moment), checked (upload-check.ts), CSV converted to UTF-8, Parquet decoded in JavaScript and written as typed CSV.
import type { ReaderFile } from '$lib/db/reader-files';
import { csvAsUtf8, tableNameFor, uploadKind } from './upload-check';

export async function readWithProgress(file: Blob, onProgress: (done: number, total: number) => void): Promise<Uint8Array> {
	const out = new Uint8Array(file.size);
	let done = 0;
	const reader = file.stream().getReader();
	for (;;) {
		const { value, done: end } = await reader.read();
		if (end) break;
		// A file that grew while being read: keep what fits (its size was checked).
		out.set(value.subarray(0, Math.max(0, out.length - done)), done);
		done += value.length;
		onProgress(Math.min(done, file.size), file.size);
	}
	return out.subarray(0, Math.min(done, out.length));
}

export async function prepareFile(file: File, taken: readonly string[], onProgress: (done: number, total: number) => void): Promise<{ file: ReaderFile; encoding: string }> {
	const kind = uploadKind(file.name, file.size);
	const table = tableNameFor(file.name, taken);
	const bytes = await readWithProgress(file, onProgress);
	if (kind === 'parquet') {
		const { decodeParquet } = await import('./parquet');
		const buffer = bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength) as ArrayBuffer;
		const decoded = await decodeParquet(file.name, buffer);
		return { file: { table, bytes: decoded.bytes, types: decoded.types }, encoding: 'Parquet' };
	}
	const csv = csvAsUtf8(file.name, bytes);
	return { file: { table, bytes: csv.bytes }, encoding: csv.encoding };
}
