// `npm test`: (a) unit tests (vitest), (b) the data and the site built under its base path into build-test/,
// (c) a Chromium (found or installed), (d) the browser tests (Playwright) against that build. Output streams as
// it comes; the last line counts individual tests over both suites: `N passed, N failed`. A stage that
// crashes or cannot run counts as a failure, so the line never says 0 failed when tests did not run.
//
//   npm test                       everything
//   npm test -- --unit-only        (a) only; other arguments go to vitest
//   npm test -- --e2e-only         (b)-(d); other arguments go to playwright (e.g. -g "Copy link")
//   npm test -- --e2e-only --no-build   reuse build-test/ as it is

import { spawn } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { findChromium } from './chromium';
import { retriedTests, type Suite } from './e2e/retries';

const root = fileURLToPath(new URL('..', import.meta.url));
const results = join(root, 'test-results');
const UNIT_REPORT = join(results, 'unit.json');
const E2E_REPORT = join(results, 'e2e.json');
const BUILD_ENV = { OUT_DIR: 'build-test', KIT_OUT_DIR: '.svelte-kit-test', BASE_PATH: '/bank-ecommerce-study' };

const argv = process.argv.slice(2);
const flags = new Set(argv.filter((a) => ['--unit-only', '--e2e-only', '--no-build'].includes(a)));
const passThrough = argv.filter((a) => !flags.has(a));
const runUnit = !flags.has('--e2e-only');
const runE2e = !flags.has('--unit-only');
if (!runUnit && !runE2e) exit('--unit-only and --e2e-only exclude each other.');
if (passThrough.length && runUnit && runE2e) exit(`Unknown arguments ${passThrough.join(' ')}: extra arguments need --unit-only or --e2e-only.`);

interface Stage {
	name: string;
	seconds: number;
	result: string;
}
const stages: Stage[] = [];
let passed = 0;
let failed = 0;
let skipped = 0;
const problems: string[] = [];

function exit(message: string): never {
	console.error(message);
	process.exit(2);
}

function fail(note: string) {
	failed += 1;
	problems.push(note);
}

/** Run a command with inherited output; resolves with its exit code (127 if it could not start). */
function sh(command: string, args: string[], env: Record<string, string> = {}): Promise<number> {
	console.log(`\n$ ${Object.entries(env).map(([k, v]) => `${k}=${v} `).join('')}${command} ${args.join(' ')}`);
	return new Promise((resolve) => {
		const child = spawn(command, args, { cwd: root, stdio: 'inherit', env: { ...process.env, ...env } });
		child.on('error', (e) => {
			console.error(`could not run ${command}: ${e.message}`);
			resolve(127);
		});
		child.on('close', (code, signal) => resolve(code ?? (signal ? 128 : 1)));
	});
}

async function stage<T>(name: string, body: () => Promise<T>): Promise<T> {
	const t0 = performance.now();
	const before = { passed, failed };
	let result = '';
	try {
		const value = await body();
		return value;
	} catch (e) {
		fail(`${name}: ${e instanceof Error ? e.message : e}`);
		throw e;
	} finally {
		result = failed > before.failed ? `${passed - before.passed} passed, ${failed - before.failed} failed` : passed > before.passed ? `${passed - before.passed} passed` : 'ok';
		stages.push({ name, seconds: (performance.now() - t0) / 1000, result });
	}
}

function readJson<T>(path: string): T | null {
	try {
		return JSON.parse(readFileSync(path, 'utf8')) as T;
	} catch {
		return null;
	}
}

// ---- (a) unit tests -------------------------------------------------------------------------------------

interface VitestReport {
	numPassedTests: number;
	numFailedTests: number;
	numPendingTests: number;
	numTodoTests: number;
	numTotalTests: number;
	testResults: { name: string; status: string; message?: string; assertionResults: { status: string }[] }[];
}

async function unit() {
	rmSync(UNIT_REPORT, { force: true });
	const code = await sh('npx', ['vitest', 'run', '--reporter=default', '--reporter=json', `--outputFile=${UNIT_REPORT}`, ...(runE2e ? [] : passThrough)]);
	const report = readJson<VitestReport>(UNIT_REPORT);
	if (!report) return fail(`unit: vitest exited with ${code} and wrote no report`);
	passed += report.numPassedTests;
	failed += report.numFailedTests;
	skipped += report.numPendingTests + report.numTodoTests;
	// A test file that fails to load has no failed test of its own: count it once.
	for (const file of report.testResults)
		if (file.status === 'failed' && !file.assertionResults.some((a) => a.status === 'failed'))
			fail(`unit: ${file.name.replace(root, '')} failed outside any test: ${(file.message ?? '').split('\n')[0]}`);
	if (report.numTotalTests === 0) fail('unit: vitest ran no tests');
	else if (code !== 0 && report.numFailedTests === 0 && !problems.some((p) => p.startsWith('unit:')))
		fail(`unit: vitest exited with ${code} though no test failed (an unhandled error? see above)`);
}

// ---- (b) build, (c) Chromium, (d) browser tests ------------------------------------------------------------

async function build(): Promise<boolean> {
	if (flags.has('--no-build')) {
		if (existsSync(join(root, 'build-test', 'index.html'))) return true;
		fail('build: --no-build given but build-test/ holds no site');
		return false;
	}
	if ((await sh('npm', ['run', 'data'])) !== 0) {
		fail('build: `npm run data` failed, so the browser tests did not run');
		return false;
	}
	if ((await sh('npx', ['vite', 'build'], BUILD_ENV)) !== 0) {
		fail('build: the site did not build, so the browser tests did not run');
		return false;
	}
	return true;
}

interface PlaywrightReport {
	stats?: { expected: number; unexpected: number; flaky: number; skipped: number };
	suites?: Suite[];
	errors?: { message?: string }[];
}

async function e2e(chromium: string) {
	rmSync(E2E_REPORT, { force: true });
	const code = await sh('npx', ['playwright', 'test', '-c', 'tests/e2e/playwright.config.ts', ...passThrough], { CHROMIUM_PATH: chromium });
	const report = readJson<PlaywrightReport>(E2E_REPORT);
	if (!report?.stats) return fail(`e2e: playwright exited with ${code} and wrote no report`);
	const { expected, unexpected, flaky, skipped: skip } = report.stats;
	passed += expected;
	failed += unexpected;
	skipped += skip;
	// A test that passed on its retry counts as passed only if headless Chromium gave its page no frames each time
	// it failed (tests/e2e/frames.ts); any other failure is a failure, whatever the retry did.
	const retried = retriedTests(report.suites);
	if (retried.length !== flaky) fail(`e2e: the report counts ${flaky} test(s) passed on retry, its tests ${retried.length}`);
	for (const r of retried)
		if (!r.frameStall) fail(`e2e: passed only on retry, after a failure that was not a page without frames: ${r.test}`);
		else {
			passed += 1;
			problems.push(`e2e: retried (headless Chromium gave its page no frames): ${r.test}; ${r.seen.join('; ')}`);
		}
	// Errors outside tests: a spec that fails to load, the global setup, a worker crash.
	for (const e of report.errors ?? []) fail(`e2e: ${(e.message ?? 'error outside a test').split('\n')[0]}`);
	if (expected + unexpected + flaky === 0 && !(report.errors ?? []).length) fail('e2e: playwright ran no tests');
	else if (code !== 0 && unexpected === 0 && !(report.errors ?? []).length) fail(`e2e: playwright exited with ${code} though no test failed`);
}

// ---- main -----------------------------------------------------------------------------------------------

mkdirSync(results, { recursive: true });
if (runUnit) await stage('unit tests (vitest)', unit);
if (runE2e) {
	const built = await stage('data + site build (build-test/)', build);
	let chromium: string | null = null;
	if (built) chromium = await stage('find Chromium', findChromium).catch(() => null);
	if (chromium) await stage('browser tests (playwright)', () => e2e(chromium!));
	else if (built) problems.push('e2e: not run (no Chromium)');
}

console.log('\n---- summary ----');
for (const s of stages) console.log(`${s.name.padEnd(34)} ${s.seconds.toFixed(1).padStart(7)} s   ${s.result}`);
for (const p of problems) console.log(`! ${p}`);
if (skipped) console.log(`(${skipped} skipped)`);
console.log(`${passed} passed, ${failed} failed`);
process.exitCode = failed > 0 ? 1 : 0;
