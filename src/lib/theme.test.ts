// The inline script of src/app.html (the reader's theme before the first paint) and theme.ts must agree on the
// storage key and values: the script is run here against what applyTheme() stores.
import { readFileSync } from 'node:fs';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { applyTheme, chosenTheme } from './theme';

const script = readFileSync(new URL('../app.html', import.meta.url), 'utf8').match(/<script>([^<]*)<\/script>/)![1]!;
let store: Map<string, string>;
let html: { dataset: Record<string, string | undefined> };

beforeEach(() => {
	store = new Map();
	html = { dataset: {} };
	vi.stubGlobal('localStorage', { getItem: (k: string) => store.get(k) ?? null, setItem: (k: string, v: string) => void store.set(k, v), removeItem: (k: string) => void store.delete(k) });
	vi.stubGlobal('document', { documentElement: html });
});
afterEach(() => vi.unstubAllGlobals());

/** A fresh page load: html has no theme until app.html's script runs. */
function load() {
	html.dataset = {};
	new Function(script)();
}

describe("app.html's theme script", () => {
	it('applies the choice applyTheme stored, dark or light', () => {
		for (const theme of ['dark', 'light'] as const) {
			applyTheme(theme);
			load();
			expect(html.dataset.theme).toBe(theme);
			expect(chosenTheme()).toBe(theme);
		}
	});
	it('follows the system when the reader went back to it, or the value is not a theme', () => {
		applyTheme(null);
		load();
		expect(html.dataset.theme).toBeUndefined();
		store.set('theme', '<img src=x>');
		load();
		expect(html.dataset.theme).toBeUndefined();
		expect(chosenTheme()).toBeNull();
	});
	it('keeps the page working when storage is blocked', () => {
		vi.stubGlobal('localStorage', { getItem: () => { throw new Error('SecurityError'); } });
		expect(load).not.toThrow();
		expect(html.dataset.theme).toBeUndefined();
	});
});
