// See https://svelte.dev/docs/kit/types#app.d.ts
declare global {
	namespace App {}
	interface Window {
		/**
		 * DuckDB's worker as app.html's inline script spawned it right after the first paint, and what it said until
		 * the page took it (events null from then on): src/lib/db/worker.ts.
		 */
		__engineBoot?: { worker?: Worker; events: Event[] | null };
	}
}
export {};
