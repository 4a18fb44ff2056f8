/**
 * SHA-256 of a dataset's tables in a canonical form (Node only: it uses node:crypto, so keep it out of browser
 * code). Columns are hashed in a fixed order (table, then column name sorted), each as its name, its length and its
 * raw little-endian bytes, so two runs are "identical" exactly when every value of every column is.
 */
import { createHash, type Hash } from 'node:crypto';
import type { SynthData } from './tables';

type Column = ArrayLike<number> & { buffer: ArrayBufferLike; byteOffset: number; byteLength: number };

function isLittleEndian(): boolean {
	return new Uint8Array(new Uint16Array([1]).buffer)[0] === 1;
}

function feed(h: Hash, name: string, col: Column): void {
	if (!isLittleEndian()) throw new Error('checksum: big-endian hosts are not supported');
	h.update(`${name}:${col.length}\n`);
	h.update(new Uint8Array(col.buffer, col.byteOffset, col.byteLength));
}

/** One hex digest per table (customers, orders, holdings, categories, truth), for precise failure messages. */
export function tableChecksums(data: SynthData): Record<string, string> {
	const out: Record<string, string> = {};
	const tables: Record<string, Record<string, Column>> = {
		customers: data.customers as unknown as Record<string, Column>,
		orders: data.orders as unknown as Record<string, Column>,
		holdings: data.holdings as unknown as Record<string, Column>,
		truth: data.truth as unknown as Record<string, Column>
	};
	for (const [table, cols] of Object.entries(tables)) {
		const h = createHash('sha256');
		for (const name of Object.keys(cols).sort()) feed(h, name, cols[name] as Column);
		out[table] = h.digest('hex');
	}
	out.categories = createHash('sha256').update(JSON.stringify(data.categories)).digest('hex');
	return out;
}

/** A single digest over all tables. */
export function datasetChecksum(data: SynthData): string {
	const per = tableChecksums(data);
	const h = createHash('sha256');
	for (const k of Object.keys(per).sort()) h.update(`${k}=${per[k]}\n`);
	return h.digest('hex');
}
