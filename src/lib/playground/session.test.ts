import { describe, expect, it } from 'vitest';
import { nodeEngine, readManifest } from '$lib/server/engine';
import { schemaOf } from '$lib/server/playground';
import { bundledColumns, completionOf, readable, SCHEMA_SQL } from './session.svelte';

describe('readable', () => {
	it('keeps the first line of an out-of-memory error and says what helps in a tab', () => {
		const oom = "Out of Memory Error: failed to allocate data of size 2.0 GiB (1.8 GiB/3.1 GiB used)\nDatabase is launched in in-memory mode\nOr set SET temp_directory='/path'";
		const r = readable(oom);
		expect(r.split('\n')[0]).toBe('Out of Memory Error: failed to allocate data of size 2.0 GiB (1.8 GiB/3.1 GiB used)');
		expect(r).not.toContain('temp_directory');
		expect(r).toContain('fewer rows');
	});
	it('leaves other messages as DuckDB wrote them', () => {
		expect(readable('Parser Error: syntax error at or near "SELEC"')).toBe('Parser Error: syntax error at or near "SELEC"');
	});
});

describe('completion', () => {
	// The playground completes the datasets' tables from the build and lists live only once the engine holds
	// more: the two must agree, table by table and column by column in order.
	it('the prerendered schema gives what the live listing gives on the published databases', async () => {
		const engine = await nodeEngine();
		const { rows } = await engine.query(SCHEMA_SQL, { role: 'reader' });
		const live = completionOf(rows);
		expect(Object.keys(live).length).toBeGreaterThan(5);
		expect(completionOf(bundledColumns(schemaOf(readManifest())))).toEqual(live);
	}, 60_000);
	it('a table found twice keeps each listing’s columns in order', () => {
		expect(completionOf([{ tbl: 'a', col: 'x' }, { tbl: 'b', col: 'y' }, { tbl: 'a', col: 'z' }])).toEqual({ a: ['x', 'z'], b: ['y'] });
	});
});
