// Browser tests against the BUILT site (build-test/, base path /bank-ecommerce-study), served like GitHub Pages
// by tests/serve.ts from the global setup. `npm test` builds the site and finds Chromium first; by hand:
//   OUT_DIR=build-test KIT_OUT_DIR=.svelte-kit-test BASE_PATH=/bank-ecommerce-study npx vite build
//   npx playwright test -c tests/e2e/playwright.config.ts
import { defineConfig } from '@playwright/test';
import { fileURLToPath } from 'node:url';
import { findChromium } from '../chromium';
import { chromiumArgs } from '../chromium-args';

const root = fileURLToPath(new URL('../../', import.meta.url));
// The runner resolves (or installs) Chromium before Playwright starts and passes it on in CHROMIUM_PATH.
const executablePath = await findChromium();
const args = await chromiumArgs(executablePath);

export default defineConfig({
	testDir: '.',
	testMatch: '*.spec.ts',
	// Not test-results/ itself: Playwright empties its output folder, and the unit report lives there.
	outputDir: `${root}test-results/e2e-artifacts`,
	globalSetup: './global-setup.ts',
	fullyParallel: false,
	workers: Number(process.env.E2E_WORKERS ?? 2),
	// One retry, in a new worker: it counts only for a page headless Chromium gave no frames (frames.ts, run.ts).
	retries: 1,
	forbidOnly: !!process.env.CI,
	timeout: 90_000,
	expect: { timeout: 10_000 },
	reporter: [['list'], ['json', { outputFile: `${root}test-results/e2e.json` }]],
	use: {
		browserName: 'chromium',
		launchOptions: { executablePath, args },
		viewport: { width: 1280, height: 900 },
		trace: 'retain-on-failure',
		screenshot: 'only-on-failure'
	}
});
