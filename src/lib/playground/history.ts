// Query history in localStorage: newest first, no duplicates, bounded in count and size. Storage that is full,
// missing (private mode) or holds something else never breaks the page: the history is then just shorter.
export interface HistoryEntry {
	sql: string;
	at: number; // ms since epoch
}

export const HISTORY_KEY = 'playground.history';
export const MAX_ENTRIES = 50;
/** A query longer than this (a pasted 10 MB literal) is not kept: it would fill the storage. */
export const MAX_ENTRY_CHARS = 50_000;

type Store = Pick<Storage, 'getItem' | 'setItem' | 'removeItem'>;

export function readHistory(store: Store | null): HistoryEntry[] {
	try {
		const parsed: unknown = JSON.parse(store?.getItem(HISTORY_KEY) ?? '[]');
		if (!Array.isArray(parsed)) return [];
		return parsed.filter((e): e is HistoryEntry => typeof e?.sql === 'string' && typeof e?.at === 'number').slice(0, MAX_ENTRIES);
	} catch {
		return [];
	}
}

/** The history with `sql` added on top (returned whether or not it could be saved). */
export function addToHistory(store: Store | null, sql: string, at = Date.now()): HistoryEntry[] {
	const text = sql.trim();
	const before = readHistory(store);
	if (!text || text.length > MAX_ENTRY_CHARS) return before;
	let next = [{ sql: text, at }, ...before.filter((e) => e.sql !== text)].slice(0, MAX_ENTRIES);
	// Full storage: drop the oldest entries until it fits (or nothing is left to drop).
	while (next.length) {
		try {
			store?.setItem(HISTORY_KEY, JSON.stringify(next));
			break;
		} catch {
			next = next.slice(0, -1);
		}
	}
	return next.length ? next : [{ sql: text, at }];
}

export function clearHistory(store: Store | null): HistoryEntry[] {
	try {
		store?.removeItem(HISTORY_KEY);
	} catch {
		/* nothing stored, nothing to clear */
	}
	return [];
}
