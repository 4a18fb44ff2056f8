import { describe, expect, it } from 'vitest';
import { Steps } from './steps.svelte';
import type { QueryOptions, QueryResult } from '$lib/db/types';

/** An engine that records the steps it was asked to make and answers like DuckDB's CREATE TABLE … AS. */
function fakeEngine() {
	const calls: QueryOptions[] = [];
	return {
		calls,
		query: async (_sql: string, o: QueryOptions = {}): Promise<QueryResult> => {
			calls.push(o);
			return { columns: [{ name: 'Count', type: 'BIGINT' }], rows: [{ Count: 42 }], elapsedMs: 1 };
		}
	};
}
const state = (values: Record<string, number>) => ({ sql: 'SELECT 1', values, edited: false, title: 'Step', params: [], needs: [] as string[] });

describe('Steps', () => {
	it('makes a step once per query and values, shares the computation, and answers its row count', async () => {
		const steps = new Steps();
		const engine = fakeEngine();
		steps.set('levels', state({ f2: 2 }));
		const [a, b] = await Promise.all([steps.ensure(engine, 0, 'levels', 'author'), steps.ensure(engine, 0, 'levels', 'author')]);
		expect([a, b]).toEqual([42, 42]);
		expect(engine.calls).toHaveLength(1);
		expect(engine.calls[0]).toMatchObject({ step: 'levels', role: 'author', params: { f2: 2 }, guard: false });
		steps.set('levels', state({ f2: 3 }));
		expect(steps.versions.levels).toBe(1);
		await steps.ensure(engine, 0, 'levels', 'author');
		await steps.ensure(engine, 1, 'levels', 'author'); // a new engine has no tables
		await steps.ensure(engine, 1, 'levels', 'reader'); // nor has another connection
		expect(engine.calls).toHaveLength(4);
	});

	it('hands a query the values of the steps it uses', () => {
		const steps = new Steps();
		steps.set('levels', state({ f2: 2, wf: 0.3 }));
		steps.set('other', state({ x: 1 }));
		expect(steps.valuesOf(['levels', 'other'])).toEqual({ f2: 2, wf: 0.3, x: 1 });
		expect(steps.valuesOf([])).toEqual({});
	});

	it('makes the steps a step reads first, with their values, and remakes it when one of them changes', async () => {
		const steps = new Steps();
		const engine = fakeEngine();
		steps.set('itemsets', state({ min_support: 0.01 }));
		steps.set('rules', { ...state({ min_confidence: 0.2 }), needs: ['itemsets'] });
		await steps.ensure(engine, 0, 'rules', 'author');
		expect(engine.calls.map((c) => [c.step, c.params])).toEqual([
			['itemsets', { min_support: 0.01 }],
			['rules', { min_support: 0.01, min_confidence: 0.2 }]
		]);
		await steps.ensure(engine, 0, 'rules', 'author');
		expect(engine.calls).toHaveLength(2);
		// the step it reads changes: both are made again, in order
		steps.set('itemsets', state({ min_support: 0.02 }));
		await steps.ensure(engine, 0, 'rules', 'author');
		expect(engine.calls.slice(2).map((c) => [c.step, c.params])).toEqual([
			['itemsets', { min_support: 0.02 }],
			['rules', { min_support: 0.02, min_confidence: 0.2 }]
		]);
		// a figure that reads both asks for each: nothing is made twice
		await Promise.all([steps.ensure(engine, 0, 'itemsets', 'author'), steps.ensure(engine, 0, 'rules', 'author')]);
		expect(engine.calls).toHaveLength(4);
	});

	it('passes the step panel’s Cancel signal to every query it starts, the steps it reads included', async () => {
		const steps = new Steps();
		const engine = fakeEngine();
		const c = new AbortController();
		steps.set('itemsets', state({}));
		steps.set('rules', { ...state({}), needs: ['itemsets'] });
		await steps.ensure(engine, 0, 'rules', 'author', c.signal);
		expect(engine.calls.map((x) => x.signal)).toEqual([c.signal, c.signal]);
	});

	it('refuses a step whose step is missing', async () => {
		const steps = new Steps();
		steps.set('rules', { ...state({}), needs: ['itemsets'] });
		await expect(steps.ensure(fakeEngine(), 0, 'rules', 'author')).rejects.toThrow(/"itemsets" is not on this page/);
	});

	it('refuses a step that is not on the page', async () => {
		await expect(new Steps().ensure(fakeEngine(), 0, 'nope', 'author')).rejects.toThrow(/not on this page/);
	});
});
