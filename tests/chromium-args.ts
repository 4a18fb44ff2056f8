// The launch flags of the browser tests and the benchmark: CHROMIUM_ARGS, and Chromium features off on top of
// Playwright's own. Chromium opens a WebUI renderer (chrome://omnibox-popup.top-chrome/) for every new window,
// so for every Playwright context: measured here, 0.5–0.7 s of CPU during the page load under test, on 2 CPUs
// (time to live of /growth/ and of the bare page each ~0.5 s longer, and noisier). A reader's page loads in a
// window that is already open. Chromium takes only the LAST --disable-features switch, so ours must repeat
// Playwright's list, read off a first launch (Browser.getBrowserCommandLine) and kept in the environment for the
// test workers, which load the config again.

import { chromium } from '@playwright/test';
import { CHROMIUM_ARGS } from './chromium';

export const EXTRA_DISABLED_FEATURES = ['WebUIOmniboxPopup', 'WebUIOmniboxAimPopup', 'WebUIOmniboxFullPopup'];
const ENV = 'PLAYWRIGHT_DISABLED_FEATURES';
const FLAG = '--disable-features=';

/** The value of the last --disable-features switch in a command line ('' if none). */
export function disabledFeatures(argv: readonly string[]): string[] {
	const last = argv.filter((a) => a.startsWith(FLAG)).at(-1);
	return last ? last.slice(FLAG.length).split(',').filter(Boolean) : [];
}

/** Launch flags: CHROMIUM_ARGS and one --disable-features with Playwright's features and ours. */
export async function chromiumArgs(executablePath: string): Promise<string[]> {
	let theirs = process.env[ENV];
	if (theirs === undefined) {
		// --enable-automation: Chromium returns its command line only with it.
		const browser = await chromium.launch({ executablePath, args: [...CHROMIUM_ARGS, '--enable-automation'] });
		try {
			const cdp = await browser.newBrowserCDPSession();
			const { arguments: argv } = await cdp.send('Browser.getBrowserCommandLine');
			theirs = disabledFeatures(argv).join(',');
		} finally {
			await browser.close();
		}
		if (!theirs) throw new Error('Playwright launched Chromium without --disable-features: check tests/chromium-args.ts against this Playwright version.');
		process.env[ENV] = theirs;
	}
	const features = [...new Set([...theirs.split(','), ...EXTRA_DISABLED_FEATURES])];
	return [...CHROMIUM_ARGS, FLAG + features.join(',')];
}
