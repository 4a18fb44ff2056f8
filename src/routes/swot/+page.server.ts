import essay from '$content/swot.md?raw';
import { loadFigures } from '$lib/server/figures';

export const load = () => loadFigures(essay, ['reference']);
