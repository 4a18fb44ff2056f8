// Code that runs inside the measured page: each function is sent as source text, so it uses no imports and
// no values from Node; `inPage()` makes the script.

/**
 * The source of `fn` called with `arg`, as a script for addInitScript/evaluate. tsx (esbuild, keepNames) wraps
 * inner functions in `__name(...)`, which the page lacks: define a no-op one first.
 */
export function inPage<A>(fn: (arg: A) => unknown, arg?: A): string {
	return `var __name = globalThis.__name || ((f) => f); (${fn.toString()})(${arg === undefined ? '' : JSON.stringify(arg)})`;
}

export interface PageMarks {
	/** first frame in which a figure's chart svg is in the DOM with a non-zero size (performance.now() ms) */
	firstChart: number | null;
	/** first time a figure left `static` for `loading` (after hydration; the engine is asked for before it) */
	engineRequested: number | null;
	/**
	 * every figure[data-figure] (or page step) of the first screen (top above the fold, no scrolling) is `live`, or
	 * the first one when none starts above the fold (or, on the bare page, body[data-state=live]). Figures further
	 * down turn live as the reader approaches them (Figure.svelte).
	 */
	live: number | null;
	/**
	 * the first of those first-screen figures (or the first figure, as above) to turn `live`, or the bare page's
	 * body: one query and one chart on both sides, the time to live DESIGN.md's budget compares (see report.ts)
	 */
	firstLive: number | null;
	/** a figure (or the bare page) went to `error` */
	error: number | null;
	/** when each figure first turned live, by data-figure id */
	figureLive: Record<string, number>;
}

declare global {
	interface Window {
		__bench: PageMarks;
	}
}

/** Init script: records the marks above as they happen, from before the first byte of HTML is parsed. */
export function instrument(): void {
	const m: PageMarks = { firstChart: null, engineRequested: null, live: null, firstLive: null, error: null, figureLive: {} };
	window.__bench = m;
	// rAF runs once per frame just before paint, so "found in a frame callback" is "painted in that frame".
	const frame = () => {
		const box = document.querySelector('figure[data-figure] .chart svg')?.getBoundingClientRect();
		if (box && box.width > 0 && box.height > 0) m.firstChart = performance.now();
		else requestAnimationFrame(frame);
	};
	requestAnimationFrame(frame);
	const check = () => {
		const now = performance.now();
		// A page step (section[data-step]) counts like a figure: it is the page's first computation.
		const figures = Array.from(document.querySelectorAll<HTMLElement>('figure[data-figure], section[data-step]'));
		const bare = document.body?.dataset.state;
		if (m.engineRequested === null && figures.some((f) => f.dataset.state === 'loading')) m.engineRequested = now;
		for (const f of figures) {
			const key = f.dataset.figure ?? f.dataset.step!;
			if (f.dataset.state === 'live' && !(key in m.figureLive)) m.figureLive[key] = now;
		}
		if (m.error === null && (bare === 'error' || figures.some((f) => f.dataset.state === 'error'))) m.error = now;
		// The first screen's figures; on a page whose first figure starts further down, that first figure.
		const firstScreen = figures.filter((f) => f.getBoundingClientRect().top < window.innerHeight);
		const targets = firstScreen.length ? firstScreen : figures.slice(0, 1);
		if (m.firstLive === null && (bare === 'live' || (bare === undefined && targets.some((f) => f.dataset.state === 'live')))) m.firstLive = now;
		if (m.live === null && (bare === 'live' || (bare === undefined && targets.length > 0 && targets.every((f) => f.dataset.state === 'live')))) m.live = now;
	};
	new MutationObserver(check).observe(document, { subtree: true, attributes: true, attributeFilter: ['data-state'] });
}

export interface ControlInfo {
	id: string;
	figure: string;
	kind: 'select' | 'number';
	value: string;
	options: string[];
	min: number | null;
	max: number | null;
	step: number | null;
}

/** The control with this id, or else the first control (select or number input) of the first figure that has one. */
export function findControl(id: string | null): ControlInfo | null {
	for (const fig of Array.from(document.querySelectorAll<HTMLElement>(id ? 'figure[data-figure], section[data-step]' : 'figure[data-figure]'))) {
		const el = id
			? fig.querySelector<HTMLInputElement | HTMLSelectElement>(`[id="${id}"]`)
			: fig.querySelector<HTMLInputElement | HTMLSelectElement>('.controls select, .controls input[type=number]');
		if (!el) continue;
		const num = (v: string) => (v === '' || Number.isNaN(Number(v)) ? null : Number(v));
		return {
			id: el.id,
			figure: fig.dataset.figure ?? fig.dataset.step ?? '',
			kind: el instanceof HTMLSelectElement ? 'select' : 'number',
			value: el.value,
			options: el instanceof HTMLSelectElement ? Array.from(el.options, (o) => o.value) : [],
			min: el instanceof HTMLInputElement ? num(el.min) : null,
			max: el instanceof HTMLInputElement ? num(el.max) : null,
			step: el instanceof HTMLInputElement ? num(el.step) : null
		};
	}
	return null;
}

/**
 * Sets the control, fires `change`, and resolves with the ms until the figure's data-renders goes up, and that of
 * every live figure within a screen that follows its settings (a page step's figures, shared parameters: their
 * `.follows` line links to the panel that holds the control).
 */
export function timeRecompute({ id, value, timeoutMs, also = [] }: { id: string; value: string; timeoutMs: number; also?: string[] }): Promise<number> {
	const el = document.getElementById(id) as HTMLInputElement | HTMLSelectElement;
	const owner = el.closest<HTMLElement>('figure[data-figure], section[data-step]')!;
	const ownerId = owner.dataset.figure ?? owner.dataset.step;
	// Followers further than a screen from the viewport are only marked stale (they recompute when the reader nears
	// them, Figure.svelte): the change is timed until what the reader can see has redrawn.
	const near = (f: HTMLElement) => {
		const r = f.getBoundingClientRect();
		return r.bottom > -window.innerHeight && r.top < 2 * window.innerHeight;
	};
	const figures = [owner, ...Array.from(document.querySelectorAll<HTMLElement>('figure[data-figure]'))].filter(
		(f, i) => i === 0 || also.includes(f.dataset.figure!) || (f.dataset.state === 'live' && near(f) && f.querySelector(`.follows a[href="#${ownerId}"]`))
	);
	const before = new Map(figures.map((f) => [f, Number(f.dataset.renders ?? 0)]));
	return new Promise((resolve, reject) => {
		const done = (result: number | Error) => {
			observer.disconnect();
			clearTimeout(timer);
			if (result instanceof Error) reject(result);
			else resolve(result);
		};
		const observer = new MutationObserver(() => {
			if (figures.some((f) => f.dataset.state === 'error')) done(new Error(`a figure went to error after ${id}=${value}`));
			else if (figures.every((f) => Number(f.dataset.renders) > before.get(f)!)) done(performance.now() - t0);
		});
		for (const f of figures) observer.observe(f, { attributes: true, attributeFilter: ['data-renders', 'data-state'] });
		const timer = setTimeout(() => done(new Error(`no redraw within ${timeoutMs} ms after ${id}=${value}`)), timeoutMs);
		const t0 = performance.now();
		el.value = value;
		el.dispatchEvent(new Event('change', { bubbles: true }));
	});
}

/** Paint timing and the page's own performance.mark()s (the bare page splits its time with them). */
export function readTimings(): { fcp: number | null; marks: Record<string, number>; marksPage: PageMarks } {
	const fcp = performance.getEntriesByName('first-contentful-paint')[0]?.startTime ?? null;
	// The first of each name (a start tried again after a failure marks its steps again).
	const marks: Record<string, number> = {};
	for (const e of performance.getEntriesByType('mark')) marks[e.name] ??= e.startTime;
	return { fcp, marks, marksPage: { ...window.__bench } };
}
