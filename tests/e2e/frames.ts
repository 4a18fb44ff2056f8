// Headless Chromium now and then stops producing animation frames for a page: requestAnimationFrame never calls
// back, IntersectionObserver never reports, while timers and page.evaluate go on working and a new page beside it
// has frames. Seen only in full runs of the suite (five times in ~eight, always on /growth/; the last two while its
// figures were brought into view one by one, at physical-share, the third), never in 120 loads of /growth/ walked
// the same way on their own (3 browsers at once). A figure then never turns live (it turns live when an
// IntersectionObserver sees it), and any Playwright action that waits for a stable box waits out its timeout.
// What starts it is not known; a reader's page that is shown gets frames, and no screenshot of any session showed
// a page that stopped drawing.
//
// So a failed test is checked here: if a page of its context produces no frames, the attempt is annotated
// `no-frames` with what was seen, and the config's one retry runs it again in a new worker (a new browser).
// tests/run.ts counts a test that passed on its retry as passed only when every failed attempt carries this
// annotation; any other failure that passes on retry still counts as failed.

import type { BrowserContext, Page, TestInfo } from '@playwright/test';

export const NO_FRAMES = 'no-frames';

/** Whether the page calls back a requestAnimationFrame within `ms` (false also if the page does not answer). */
export async function producesFrames(page: Page, ms = 3000): Promise<boolean> {
	const probe = page.evaluate(
		(ms) => new Promise<boolean>((resolve) => {
			const timer = setTimeout(() => resolve(false), ms);
			requestAnimationFrame(() => (clearTimeout(timer), resolve(true)));
		}),
		ms
	);
	const giveUp = new Promise<boolean>((resolve) => setTimeout(() => resolve(false), ms + 2000));
	return Promise.race([probe.catch(() => false), giveUp]);
}

/** What a frameless page looks like: its visibility and focus, and whether a new page beside it has frames. */
async function describeStall(context: BrowserContext, page: Page): Promise<string> {
	const state = await page
		.evaluate(() => {
			const figures = [...document.querySelectorAll<HTMLElement>('figure[data-figure]')].map((f) => `${f.id} ${f.dataset.state}`);
			return `visibilityState ${document.visibilityState}, hasFocus ${document.hasFocus()}, scrollY ${Math.round(scrollY)}, figures: ${figures.join(', ')}`;
		})
		.catch((e: Error) => `page does not answer (${e.message.split('\n')[0]})`);
	let beside = 'a new page in the same context: not opened';
	try {
		const probe = await context.newPage();
		await probe.setContent('<!doctype html><title>probe</title><p>frames?</p>');
		beside = `a new page in the same context ${(await producesFrames(probe)) ? 'has frames' : 'has no frames either'}`;
		await probe.close();
	} catch (e) {
		beside += ` (${e instanceof Error ? e.message.split('\n')[0] : e})`;
	}
	return `${page.url()}: no animation frame in 3 s; ${state}; ${beside}`;
}

/** After a failed attempt: annotate it `no-frames` when a page of its context produces no frames. */
export async function annotateFrameStall(context: BrowserContext, info: TestInfo): Promise<void> {
	if (info.status === info.expectedStatus) return;
	for (const page of context.pages()) {
		if (page.isClosed() || (await producesFrames(page))) continue;
		const description = await describeStall(context, page);
		info.annotations.push({ type: NO_FRAMES, description });
		console.log(`[${info.title}] ${NO_FRAMES}: ${description}`);
	}
}
