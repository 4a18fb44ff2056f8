import { describe, expect, it } from 'vitest';
import { datasetChecksum } from './checksum';
import { publishedColumns, rowCount } from './columns';
import { DEFAULT_PARAMS } from './config';
import { generate } from './generate';

describe('generate: onProgress', () => {
	it('reports every `progressEvery` customers and at the end, and changes nothing in the data', () => {
		const calls: [number, number][] = [];
		const withProgress = generate({ customers: 2500, onProgress: (done, total) => calls.push([done, total]), progressEvery: 1000 });
		expect(calls).toEqual([[1000, 2500], [2000, 2500], [2500, 2500]]);
		expect(datasetChecksum(withProgress)).toBe(datasetChecksum(generate({ customers: 2500 })));
	});

	it('reports every 10,000 customers by default', () => {
		const calls: number[] = [];
		generate({ customers: 20_000, onProgress: (done) => calls.push(done) });
		expect(calls).toEqual([10_000, 20_000]);
	});
});

describe('publishedColumns', () => {
	const data = generate({ customers: 500 });
	const { columns, transfer } = publishedColumns(data);

	it('carries the published tables (no ground truth), the dictionaries and the categories with their medians', () => {
		expect(Object.keys(columns.tables)).toEqual(['customers', 'orders', 'holdings', 'holdings_null']);
		expect(columns).not.toHaveProperty('truth');
		expect(columns.customers).toBe(500);
		expect(rowCount(columns, 'orders')).toBe(data.orders.order_id.length);
		expect(rowCount(columns, 'holdings')).toBe(500);
		expect(columns.tables.orders.amount).toBe(data.orders.amount);
		expect(columns.categories[0]).toEqual({ ...data.categories[0], median_cny: DEFAULT_PARAMS.categories[0]!.median_cny });
		expect(columns.dict.category).toEqual(data.dict.category);
		expect(columns.windowYear).toBe(DEFAULT_PARAMS.window_year);
	});

	it('lists each column buffer once for transfer (a buffer listed twice cannot be transferred)', () => {
		const buffers = Object.values(columns.tables).flatMap((t) => Object.values(t).map((c) => c.buffer));
		expect(new Set(transfer)).toEqual(new Set(buffers));
		expect(transfer.length).toBe(new Set(transfer).size);
	});

	it('survives structured cloning (what postMessage does) with every value intact', () => {
		const copy = structuredClone(columns);
		expect(copy.tables.orders.order_date).toEqual(columns.tables.orders.order_date);
		expect(copy.dict).toEqual(columns.dict);
	});
});
