import essay from '$content/growth.md?raw';
import { loadFigures } from '$lib/server/figures';

export const load = () => loadFigures(essay, ['reference']);
