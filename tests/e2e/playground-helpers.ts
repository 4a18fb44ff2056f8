// Page helpers for the playground specs: open it (live), put a query in the editor, run it, read the outcome.
import type { Locator, Page } from '@playwright/test';
import { readFile } from 'node:fs/promises';
import { editorText, expect, LIVE_TIMEOUT } from './helpers';

export const root = (page: Page) => page.locator('.playground');
export const queryAlert = (page: Page) => page.locator('.query-error[role=alert]');
export const uploadAlert = (page: Page) => page.locator('.upload [role=alert]');
export const status = (page: Page) => page.locator('.playground .status');
export const runBtn = (page: Page) => root(page).locator('.toolbar').getByRole('button', { name: 'Run', exact: true });
export const cancelBtn = (page: Page) => root(page).locator('.toolbar').getByRole('button', { name: 'Cancel', exact: true });

/** Open the playground (optionally with ?sql=) and wait until the engine is up and the schema listed. */
export async function gotoPlayground(page: Page, search = '') {
	await page.goto(`playground/${search}`);
	await expect(root(page)).toHaveAttribute('data-ready', 'true', { timeout: LIVE_TIMEOUT });
	await expect(page.locator('.playground .editor .cm-content')).toBeVisible();
}

/** Replace the editor's text (as if pasted: no auto-closed brackets). Long texts are not read back. */
export async function setQuery(page: Page, text: string) {
	const content = page.locator('.playground .editor .cm-content');
	await content.click();
	await page.keyboard.press('ControlOrMeta+A');
	await page.keyboard.press('Backspace');
	await page.keyboard.insertText(text);
	if (text.length < 10_000) await expect.poll(() => editorText(root(page))).toBe(text);
}

/** Type at the editor's cursor and expect the completion list to offer `offered`; Escape closes it. */
export async function expectCompletion(page: Page, typed: string, offered: string) {
	await page.keyboard.type(typed);
	await expect(page.locator('.cm-tooltip-autocomplete')).toContainText(offered);
	await page.keyboard.press('Escape');
}

/** Run and wait for the query to end (result or message). */
export async function run(page: Page, text?: string) {
	if (text !== undefined) await setQuery(page, text);
	await runBtn(page).click();
	await expect(root(page)).not.toHaveAttribute('data-running', 'true', { timeout: 60_000 });
}

export async function downloadResult(page: Page): Promise<string> {
	const [download] = await Promise.all([page.waitForEvent('download', { timeout: 120_000 }), page.locator('.results').getByRole('button', { name: 'Download CSV' }).click()]);
	return readFile(await download.path(), 'utf8');
}

/** Give the file input a file made in the page (no 200 MB transfer from the test for the size check). */
export async function uploadMade(page: Page, name: string, bytes: number) {
	await page.locator('.upload input[type=file]').evaluate(
		(input: HTMLInputElement, { name, bytes }) => {
			const dt = new DataTransfer();
			dt.items.add(new File([new Uint8Array(bytes)], name, { type: 'text/csv' }));
			input.files = dt.files;
			input.dispatchEvent(new Event('change', { bubbles: true }));
		},
		{ name, bytes }
	);
}

export async function upload(page: Page, name: string, buffer: Buffer) {
	await page.locator('.upload input[type=file]').setInputFiles({ name, mimeType: 'application/octet-stream', buffer });
	await expect(page.locator('.upload')).toHaveAttribute('data-phase', 'idle', { timeout: 60_000 });
}

/** The page still answers: a trivial query runs and shows its row. */
export async function expectResponsive(page: Page, where: Locator = root(page)) {
	await run(page, 'SELECT 42 AS answer');
	await expect(queryAlert(page)).toHaveText('');
	await expect(where.locator('.result-table td').first()).toHaveText('42');
}
