import { describe, expect, it } from 'vitest';
import { readable } from './session.svelte';

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
