import essay from '$content/conclusions.md?raw';
import { loadFigures } from '$lib/server/figures';

export const load = () => loadFigures(essay, ['reference']);
