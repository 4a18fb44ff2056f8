// Serves the built site under its base path for the whole run; the URL reaches the tests in E2E_BASE_URL.
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { serve } from '../serve';
import { BUILD_DIR } from './site';

export default async function globalSetup() {
	if (!existsSync(join(BUILD_DIR, 'index.html')))
		throw new Error(`No built site in ${BUILD_DIR}. Run \`npm test\` (it builds it), or build it with OUT_DIR=build-test KIT_OUT_DIR=.svelte-kit-test BASE_PATH=/bank-ecommerce-study npx vite build.`);
	const site = await serve(BUILD_DIR);
	process.env.E2E_BASE_URL = site.url;
	console.log(`[e2e] serving ${BUILD_DIR} at ${site.url}`);
	return async () => {
		site.server.closeAllConnections();
		await site.close();
	};
}
