import essay from '$content/associations.md?raw';
import { loadFigures } from '$lib/server/figures';

export const load = () => loadFigures(essay, ['customers']);
