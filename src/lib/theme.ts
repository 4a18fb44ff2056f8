// The reader's colour theme: the system's (prefers-color-scheme) unless they chose light or dark with the header's
// toggle; the choice is kept in localStorage and applied as html[data-theme], which sets CSS color-scheme (the
// stylesheet's light-dark() colours, the charts' included, follow it). An inline script in src/app.html applies a
// stored choice before the first paint (same key and values as here); the toggle reads and changes it later.
export type Theme = 'light' | 'dark';
const KEY = 'theme';

export function storedTheme(): Theme | null {
	try {
		const v = localStorage.getItem(KEY);
		return v === 'light' || v === 'dark' ? v : null;
	} catch {
		return null; // storage blocked: follow the system
	}
}

export const systemTheme = (): Theme => (matchMedia('(prefers-color-scheme: dark)').matches ? 'dark' : 'light');

export function applyTheme(theme: Theme | null): void {
	if (theme) document.documentElement.dataset.theme = theme;
	else delete document.documentElement.dataset.theme;
	try {
		if (theme) localStorage.setItem(KEY, theme);
		else localStorage.removeItem(KEY);
	} catch {
		/* storage blocked: the choice lasts for this page */
	}
}
