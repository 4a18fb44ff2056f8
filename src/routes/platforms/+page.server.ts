import essay from '$content/platforms.md?raw';
import { loadFigures } from '$lib/server/figures';

export const load = () => loadFigures(essay, ['reference']);
