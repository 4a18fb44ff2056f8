// Which browser tests passed only on their retry, and whether each had failed only because headless Chromium
// produced no frames for its page (frames.ts). Read from Playwright's JSON report by tests/run.ts.
import { NO_FRAMES } from './frames';

interface Result {
	status?: string;
	retry: number;
	annotations?: { type: string; description?: string }[];
}
interface Test {
	status: string;
	results: Result[];
}
interface Spec {
	title: string;
	file: string;
	line: number;
	tests: Test[];
}
export interface Suite {
	title: string;
	specs?: Spec[];
	suites?: Suite[];
}

export interface Retried {
	/** `file:line › title`, and for a frame stall what frames.ts saw. */
	test: string;
	/** Every failed attempt was a page without frames. */
	frameStall: boolean;
	seen: string[];
}

/** Every test that passed on a retry (Playwright's "flaky"), with whether its failures were all frame stalls. */
export function retriedTests(suites: Suite[] = [], path: string[] = []): Retried[] {
	const out: Retried[] = [];
	for (const suite of suites) {
		const at = suite.title && !/\.spec\.ts$/.test(suite.title) ? [...path, suite.title] : path;
		for (const spec of suite.specs ?? [])
			for (const t of spec.tests) {
				if (t.status !== 'flaky') continue;
				const failures = t.results.filter((r) => r.status !== 'passed' && r.status !== 'skipped');
				const stalls = failures.map((r) => (r.annotations ?? []).filter((a) => a.type === NO_FRAMES));
				out.push({
					test: `${spec.file}:${spec.line} › ${[...at, spec.title].join(' › ')}`,
					frameStall: failures.length > 0 && stalls.every((s) => s.length > 0),
					seen: stalls.flat().map((a) => a.description ?? '')
				});
			}
		out.push(...retriedTests(suite.suites, at));
	}
	return out;
}
