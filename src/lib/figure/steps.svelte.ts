// A page's steps: queries whose result several figures read (```sql id=levels step, then `-- @uses levels`).
// Each step is computed once per (engine, connection, query, values) and shared by every query that waits for
// it: changing a band edge grades the customers once, not once per figure. The step's panel (a Figure with a
// step spec) tells the store what its query and values are; the figures that use it follow its version.
import type { Params, Queryable, Role } from '$lib/db/types';
import type { ParamSpec } from './spec';

interface StepState {
	sql: string;
	values: Params;
	/** the reader edited the step's query: it is checked like any reader's query */
	edited: boolean;
	/** for the line the figures that use it show: "Reads the table levels from <title>: <settings>" */
	title: string;
	params: ParamSpec[];
	/** the steps this one reads, in the order they are made (spec.needs) */
	needs: readonly string[];
}

export class Steps {
	/** Bumped when a step's query or values change: the queries that use it run again. */
	versions = $state<Record<string, number>>({});
	#state = new Map<string, StepState>();
	#made = new Map<string, { key: string; promise: Promise<number> }>();

	/** The step's current query and values (its panel calls this; defaults until it does). */
	set(id: string, next: StepState) {
		const prev = this.#state.get(id);
		this.#state.set(id, next);
		if (prev && (prev.sql !== next.sql || JSON.stringify(prev.values) !== JSON.stringify(next.values) || prev.edited !== next.edited))
			this.versions[id] = (this.versions[id] ?? 0) + 1;
	}

	#key(generation: number, id: string): string {
		const s = this.#state.get(id)!;
		return `${generation}\u0000${s.sql}\u0000${JSON.stringify(s.values)}`;
	}

	info(id: string): StepState | undefined {
		return this.#state.get(id);
	}

	/**
	 * The current values of the steps a query uses: a query that `@uses` a step may read the step's parameters
	 * ($f2 …) without declaring them, so it always agrees with the table it reads.
	 */
	valuesOf(ids: readonly string[]): Params {
		return Object.assign({}, ...ids.map((u) => this.#state.get(u)?.values ?? {}));
	}

	/**
	 * The step's table exists on `role`'s connection of `engine` (generation: which engine; a new one has no
	 * tables) with the step's current query and values. Concurrent callers share one computation, which resolves
	 * to the table's row count (DuckDB's answer to CREATE TABLE … AS). `signal` (the step panel's Cancel) stops
	 * the computation it starts; the next call starts it again.
	 */
	ensure(engine: Queryable, generation: number, id: string, role: Role, signal?: AbortSignal): Promise<number> {
		const s = this.#state.get(id);
		if (!s) return Promise.reject(new Error(`The step "${id}" is not on this page.`));
		const needs = s.needs;
		const missing = needs.find((n) => !this.#state.has(n));
		if (missing) return Promise.reject(new Error(`The step "${missing}" is not on this page.`));
		// The table depends on the steps it reads: their keys are part of its own.
		const key = [this.#key(generation, id), ...needs.map((n) => this.#key(generation, n))].join('\u0001');
		const slot = `${role}:${id}`;
		const made = this.#made.get(slot);
		if (made?.key === key) return made.promise;
		// A reader's version of the step runs on the author's connection too (the figures read it there): it is
		// checked as a reader's query (guard). It reads the values of the steps it uses, like any query.
		const promise = (async () => {
			for (const n of needs) await this.ensure(engine, generation, n, role, signal);
			const r = await engine.query(s.sql, { params: { ...this.valuesOf(needs), ...s.values }, role, step: id, guard: s.edited, signal, timeoutMs: s.edited ? 300_000 : 60_000 });
			return Number(r.rows[0]?.Count ?? NaN);
		})();
		this.#made.set(slot, { key, promise });
		promise.catch(() => {
			if (this.#made.get(slot)?.promise === promise) this.#made.delete(slot);
		});
		return promise;
	}
}
