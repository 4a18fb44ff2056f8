import { describe, expect, it } from 'vitest';
import { NO_FRAMES } from './frames';
import { retriedTests, type Suite } from './retries';

const stall = { type: NO_FRAMES, description: 'http://x/growth/: no animation frame in 3 s' };
const attempt = (status: string, retry: number, annotations: { type: string; description?: string }[] = []) => ({ status, retry, annotations });

// The shape of Playwright's JSON report: a suite per file, describe blocks as nested suites, specs with one test each.
const report = (tests: { title: string; status: string; results: ReturnType<typeof attempt>[] }[]): Suite[] => [
	{
		title: 'figures.spec.ts',
		suites: [{ title: '/growth/', specs: tests.map((t, i) => ({ title: t.title, file: 'figures.spec.ts', line: 20 + i, tests: [{ status: t.status, results: t.results }] })) }]
	}
];

describe('retriedTests', () => {
	it('lists only the tests that passed on a retry, named by file, line and describe path', () => {
		const found = retriedTests(report([
			{ title: 'passes', status: 'expected', results: [attempt('passed', 0)] },
			{ title: 'fails twice', status: 'unexpected', results: [attempt('failed', 0, [stall]), attempt('failed', 1, [stall])] },
			{ title: 'stalled once', status: 'flaky', results: [attempt('timedOut', 0, [stall]), attempt('passed', 1)] }
		]));
		expect(found).toEqual([{ test: 'figures.spec.ts:22 › /growth/ › stalled once', frameStall: true, seen: [stall.description] }]);
	});

	it('a retry after any other failure is not a frame stall', () => {
		const [r] = retriedTests(report([{ title: 'flaky', status: 'flaky', results: [attempt('failed', 0), attempt('passed', 1)] }]));
		expect(r!.frameStall).toBe(false);
	});

	it('nor is one whose failed attempts were stalls only in part', () => {
		const [r] = retriedTests(report([{ title: 'two failures', status: 'flaky', results: [attempt('failed', 0, [stall]), attempt('failed', 1), attempt('passed', 2)] }]));
		expect(r!.frameStall).toBe(false);
	});

	it('an annotation of another type does not count', () => {
		const [r] = retriedTests(report([{ title: 'other', status: 'flaky', results: [attempt('failed', 0, [{ type: 'issue' }]), attempt('passed', 1)] }]));
		expect(r!.frameStall).toBe(false);
	});
});
