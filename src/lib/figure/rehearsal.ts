// A figure's first recompute, when the reader changes a control, used to take ~1.5 × as long as the tenth:
// DuckDB's wasm starts on V8's baseline compile, and V8 optimises a function only after it has run enough
// (/growth/, the same query in a bare page: 13-20 ms for the first ten runs, ~5 ms after seventy). While the page
// is idle after its figures turned live, the engine runs their queries again a few times, results unused, so the
// reader's first changes find that code optimised. Bounded (a few hundred ms of the worker's time, once per page),
// one query at a time, each only when the page is idle, and it stops for good at the reader's first change.

export type Schedule = (next: () => void) => void;

/** The page's idle time (requestIdleCallback where the browser has it, else a short timeout). */
export const whenIdle: Schedule = (next) => {
	if (typeof requestIdleCallback === 'function') requestIdleCallback(() => next(), { timeout: 1000 });
	else setTimeout(next, 50);
};

export class Rehearsal {
	#left: number;
	#perQuery: number;
	#slowMs: number;
	#schedule: Schedule;
	#queue: (() => Promise<unknown>)[] = [];
	#running = false;

	/**
	 * At most `budget` runs in all, `perQuery` for each query added; a query whose run takes longer than `slowMs` is
	 * not run again (it gains little from it, and would hold up the figures that turn live below).
	 */
	constructor({ budget = 24, perQuery = 8, slowMs = 100, schedule = whenIdle }: { budget?: number; perQuery?: number; slowMs?: number; schedule?: Schedule } = {}) {
		this.#left = budget;
		this.#perQuery = perQuery;
		this.#slowMs = slowMs;
		this.#schedule = schedule;
	}

	/** Rehearse `run` (a figure's query, as it just ran) up to `perQuery` times, after the ones already added. */
	add(run: () => Promise<unknown>): void {
		if (this.#left <= 0) return;
		for (let i = 0; i < this.#perQuery; i++) this.#queue.push(run);
		if (!this.#running) {
			this.#running = true;
			this.#schedule(() => this.#step());
		}
	}

	/** The reader changed something: their own queries come first, and no more rehearsals. */
	stop(): void {
		this.#left = 0;
		this.#queue = [];
	}

	#step(): void {
		const run = this.#queue.shift();
		if (!run || this.#left <= 0) {
			this.#running = false;
			return;
		}
		this.#left -= 1;
		const started = performance.now();
		// A failed run (the engine replaced, a query cancelled) ends the rehearsal: nothing in it matters to the page.
		run().then(
			() => {
				if (performance.now() - started > this.#slowMs) this.#queue = this.#queue.filter((r) => r !== run);
				this.#schedule(() => this.#step());
			},
			() => this.stop()
		);
	}
}
