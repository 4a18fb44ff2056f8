// vitest's global setup: some unit tests read the published data files (static/data, what `npm run data` writes,
// deterministic); on a fresh clone they do not exist yet, so they are built once before the tests start.
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { buildData } from '../data/pipeline/build';
import { syntheticOptions } from '../data/pipeline/synthetic';

export default async function setup() {
	if (existsSync(join(process.cwd(), 'static/data/manifest.json'))) return;
	console.log('[unit] static/data is missing: building it (npm run data)');
	await buildData({ synthetic: syntheticOptions([], process.env) });
}
