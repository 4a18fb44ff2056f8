import { describe, expect, it } from 'vitest';
import { Rehearsal } from './rehearsal';

/** A schedule the test runs by hand, and queries it settles by hand: what ran, in order, and how many at once. */
function harness(options: { budget?: number; perQuery?: number; slowMs?: number } = {}) {
	const idle: (() => void)[] = [];
	const log: string[] = [];
	let inFlight = 0;
	let most = 0;
	const pending: { name: string; settle: (ok: boolean) => void }[] = [];
	const rehearsal = new Rehearsal({ ...options, schedule: (next) => void idle.push(next) });
	const query = (name: string) => () =>
		new Promise<void>((resolve, reject) => {
			log.push(name);
			most = Math.max(most, ++inFlight);
			pending.push({ name, settle: (ok) => (inFlight--, ok ? resolve() : reject(new Error('cancelled'))) });
		});
	/** Let the page be idle once, then settle the query that started (if any) after `ms`. */
	const tick = async (ok = true, ms = 0) => {
		idle.shift()?.();
		if (ms) await new Promise((r) => setTimeout(r, ms));
		pending.shift()?.settle(ok);
		await new Promise((r) => setTimeout(r, 0));
	};
	return { rehearsal, query, tick, log, idle, most: () => most };
}

describe('Rehearsal (runs the figures’ queries again while the page is idle)', () => {
	it('runs each query perQuery times, one at a time, each in idle time', async () => {
		const h = harness({ perQuery: 3 });
		h.rehearsal.add(h.query('a'));
		h.rehearsal.add(h.query('b'));
		expect(h.log).toEqual([]);
		expect(h.idle).toHaveLength(1);
		for (let i = 0; i < 10; i++) await h.tick();
		expect(h.log).toEqual(['a', 'a', 'a', 'b', 'b', 'b']);
		expect(h.most()).toBe(1);
		expect(h.idle).toHaveLength(0);
	});

	it('stops at its budget', async () => {
		const h = harness({ budget: 4, perQuery: 3 });
		h.rehearsal.add(h.query('a'));
		h.rehearsal.add(h.query('b'));
		for (let i = 0; i < 10; i++) await h.tick();
		expect(h.log).toEqual(['a', 'a', 'a', 'b']);
		h.rehearsal.add(h.query('c'));
		for (let i = 0; i < 5; i++) await h.tick();
		expect(h.log).toHaveLength(4);
	});

	it('stops for good when the reader changes something', async () => {
		const h = harness({ perQuery: 5 });
		h.rehearsal.add(h.query('a'));
		await h.tick();
		await h.tick();
		h.rehearsal.stop();
		for (let i = 0; i < 5; i++) await h.tick();
		h.rehearsal.add(h.query('b'));
		for (let i = 0; i < 5; i++) await h.tick();
		expect(h.log).toEqual(['a', 'a']);
	});

	it('stops when a run fails (the engine was replaced)', async () => {
		const h = harness({ perQuery: 5 });
		h.rehearsal.add(h.query('a'));
		await h.tick(false);
		for (let i = 0; i < 5; i++) await h.tick();
		expect(h.log).toEqual(['a']);
	});

	it('does not run a slow query again', async () => {
		const h = harness({ perQuery: 3, slowMs: 30 });
		h.rehearsal.add(h.query('slow'));
		h.rehearsal.add(h.query('quick'));
		await h.tick(true, 60);
		for (let i = 0; i < 6; i++) await h.tick();
		expect(h.log).toEqual(['slow', 'quick', 'quick', 'quick']);
	});

	it('starts again after it ran out of queries, for a figure that turns live later', async () => {
		const h = harness({ perQuery: 2 });
		h.rehearsal.add(h.query('a'));
		for (let i = 0; i < 5; i++) await h.tick();
		h.rehearsal.add(h.query('b'));
		for (let i = 0; i < 5; i++) await h.tick();
		expect(h.log).toEqual(['a', 'a', 'b', 'b']);
	});
});
