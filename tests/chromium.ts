// Finds a Chromium for the browser tests and the benchmark, installing one where none is found:
// CHROMIUM_PATH, Debian's package, then Playwright's cache; else `apt-get install chromium` (as root, where
// apt-get exists) or `npx playwright install chromium`. It never skips silently: no browser is an error.

import { spawnSync } from 'node:child_process';
import { accessSync, constants, existsSync, readdirSync } from 'node:fs';
import { homedir } from 'node:os';
import { join } from 'node:path';

/** Flags for a headless Chromium in a container or CI: no sandbox (root), no GPU, no traffic of its own. */
export const CHROMIUM_ARGS = [
	'--no-sandbox',
	'--disable-gpu',
	'--disable-dev-shm-usage',
	'--disable-background-networking',
	'--disable-component-update',
	'--disable-sync',
	'--no-first-run',
	'--disable-quic'
];

const SYSTEM_PATHS = ['/usr/bin/chromium', '/usr/bin/chromium-browser'];

function isExecutable(path: string): boolean {
	try {
		accessSync(path, constants.X_OK);
		return true;
	} catch {
		return false;
	}
}

/** Chromium builds in Playwright's cache (PLAYWRIGHT_BROWSERS_PATH or ~/.cache/ms-playwright), newest first. */
function playwrightCacheCandidates(): string[] {
	const root = process.env.PLAYWRIGHT_BROWSERS_PATH || join(homedir(), '.cache', 'ms-playwright');
	if (!existsSync(root)) return [];
	const found: string[] = [];
	const revisions = readdirSync(root)
		.filter((d) => /^chromium-\d+$/.test(d))
		.sort((a, b) => Number(b.split('-')[1]) - Number(a.split('-')[1]));
	for (const rev of revisions) {
		for (const sub of readdirSync(join(root, rev)).filter((d) => d.startsWith('chrome-linux'))) found.push(join(root, rev, sub, 'chrome'));
	}
	return found;
}

/** The first Chromium already on this machine, or null. */
export function locateChromium(): string | null {
	const fromEnv = process.env.CHROMIUM_PATH;
	if (fromEnv) {
		if (!isExecutable(fromEnv)) throw new Error(`CHROMIUM_PATH=${fromEnv} is not an executable file.`);
		return fromEnv;
	}
	for (const path of [...SYSTEM_PATHS, ...playwrightCacheCandidates()]) if (isExecutable(path)) return path;
	return null;
}

function run(command: string, args: string[], env: NodeJS.ProcessEnv = process.env): boolean {
	console.log(`[chromium] $ ${command} ${args.join(' ')}`);
	const r = spawnSync(command, args, { stdio: 'inherit', env });
	if (r.error) console.log(`[chromium] could not run ${command}: ${r.error.message}`);
	return r.status === 0;
}

const hasAptGet = () => spawnSync('sh', ['-c', 'command -v apt-get'], { stdio: 'ignore' }).status === 0;

/** Install a Chromium the way this machine allows; returns whether the installer succeeded. */
function install(): boolean {
	const root = typeof process.getuid === 'function' && process.getuid() === 0;
	if (root && hasAptGet()) {
		console.log('[chromium] no Chromium found; installing Debian\'s package (apt-get install -y chromium)');
		const env = { ...process.env, DEBIAN_FRONTEND: 'noninteractive' };
		return run('apt-get', ['update'], env) && run('apt-get', ['install', '-y', 'chromium'], env);
	}
	console.log(`[chromium] no Chromium found; installing Playwright's build (${root ? 'no apt-get here' : 'not root, so not apt-get'})`);
	return run('npx', ['--no-install', 'playwright', 'install', 'chromium']);
}

/**
 * The path of a Chromium executable. Looks first, installs if nothing is found, and throws with what to do
 * if it still has none, so a test run can never pass without its browser tests.
 */
export async function findChromium(): Promise<string> {
	const found = locateChromium();
	if (found) return found;
	const installed = install();
	const after = locateChromium();
	if (after) {
		console.log(`[chromium] using ${after}`);
		return after;
	}
	throw new Error(
		`No Chromium found (looked at CHROMIUM_PATH, ${SYSTEM_PATHS.join(', ')}, Playwright's cache) and ` +
			(installed ? 'the installer finished but left none of those behind. ' : 'installing one failed (see the output above). ') +
			'Install one (Debian: `sudo apt-get install chromium`; elsewhere: `npx playwright install chromium`) ' +
			'or set CHROMIUM_PATH to a Chromium/Chrome executable.'
	);
}

if (process.argv[1]?.endsWith('chromium.ts')) {
	findChromium().then(
		(path) => console.log(path),
		(e: Error) => {
			console.error(e.message);
			process.exit(1);
		}
	);
}
