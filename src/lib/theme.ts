// The reader's colour theme: the system's (prefers-color-scheme) unless they chose light or dark with the header's
// toggle; the choice is kept in localStorage and applied as html[data-theme], which sets CSS color-scheme (the
// stylesheet's light-dark() colours, the charts' included, follow it). An inline script in src/app.html applies a
// stored choice before the first paint (same key and values as here: theme.test.ts runs it against applyTheme);
// the toggle starts from what it applied.
export type Theme = 'light' | 'dark';
const KEY = 'theme';

/** The theme the reader chose, as applied to the page (app.html's script set it from storage before the first paint). */
export function chosenTheme(): Theme | null {
	const v = document.documentElement.dataset.theme;
	return v === 'light' || v === 'dark' ? v : null;
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
