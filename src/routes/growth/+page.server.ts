import essay from '$content/growth.md?raw';
import { loadFigures } from '$lib/server/figures';

export const load = async () => ({ figures: await loadFigures(essay) });
