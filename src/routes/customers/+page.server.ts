import essay from '$content/customers.md?raw';
import { loadFigures } from '$lib/server/figures';

export const load = () => loadFigures(essay, ['customers']);
