// The chapters on real data beyond the generic figure contract: /platforms/ (the log-scale switch, the feature
// matrix's unsourced cells, the comparison presets, the 2016 figure reported two ways) and /conclusions/ (links to
// the evidence, the closure); on both, every figure in the browser equals Node DuckDB.
import { chartSignature, dataTable, downloadCsv, expect, expectLive, figure, gotoLive, parseCsv, renders, test } from './helpers';
import { expectFiguresAsInNode } from './same-as-node';
import { chapters } from '../../src/lib/chapters';

test('the scale figure switches to a log axis and back, with its notes of non-comparability', async ({ page }) => {
	await gotoLive(page, 'platforms/');
	const fig = figure(page, 'scale');
	await fig.scrollIntoViewIfNeeded();
	await expectLive(fig);
	const before = { renders: await renders(fig), chart: await chartSignature(fig) };
	await expect(fig.locator('svg')).not.toContainText('log scale');
	await fig.getByLabel('Scale', { exact: true }).selectOption('log');
	await expect.poll(() => renders(fig)).toBeGreaterThan(before.renders);
	await expect(fig.locator('svg').first()).toContainText('log scale');
	const [h, ...rows] = parseCsv((await downloadCsv(page, fig)).text);
	const col = (name: string) => h!.indexOf(name);
	// the 2016 figure of 融e购 appears twice, flagged, one of them a lower bound
	const y2016 = rows.filter((r) => r[col('series')] === '融e购' && r[col('period')] === '2016');
	expect(y2016.map((r) => r[col('value_text')]).sort()).toEqual(['1.27', '>1']);
	expect(new Set(y2016.map((r) => r[col('disagreement')]))).toEqual(new Set(['reported differently by the sources']));
	expect(rows.filter((r) => r[col('series')] === '融e购').every((r) => r[col('comparability')]!.includes('not retail GMV'))).toBe(true);
	expect(rows.filter((r) => r[col('period')]!.startsWith('FY')).every((r) => r[col('comparability')] === 'fiscal year April to March')).toBe(true);
	await fig.getByLabel('Show', { exact: true }).selectOption('users');
	await expect.poll(async () => parseCsv((await downloadCsv(page, fig)).text)[1]?.[col('unit')]).toBe('million');
});

test('the feature matrix shows unsourced cells as "no source found", never as an answer', async ({ page }) => {
	await gotoLive(page, 'platforms/');
	const fig = figure(page, 'features');
	await fig.scrollIntoViewIfNeeded();
	await expectLive(fig);
	const [h, ...rows] = parseCsv((await downloadCsv(page, fig)).text);
	const col = (name: string) => h!.indexOf(name);
	expect(rows).toHaveLength(65);
	const blank = rows.filter((r) => r[col('value')] === '');
	expect(blank).toHaveLength(27); // the README of the reference data: 27 cells without a source
	expect(blank.every((r) => r[col('answer')] === 'no source found')).toBe(true);
	expect(rows.filter((r) => r[col('value')] !== '').some((r) => r[col('answer')] === 'no source found')).toBe(false);
	expect(rows.filter((r) => r[col('platform')] === '交博汇').every((r) => r[col('answer')] === 'no source found')).toBe(true);
	await expect(fig.locator('svg').first()).toContainText('no source found'); // the legend names it
	// a preset link narrows the matrix to two platforms
	await page.goto('platforms/?features.compare=icbc_ccb#features');
	await expectLive(fig);
	const t = await dataTable(fig);
	expect(new Set(t.cells.map((r) => r[t.headers.indexOf('platform')]))).toEqual(new Set(['融e购', '善融商务']));
});

test('every figure of /platforms/ in the browser equals Node DuckDB', async ({ page }) => {
	test.setTimeout(120_000);
	await expectFiguresAsInNode(page, 'platforms/', 'platforms.md', 'reference');
});

test('every figure of /conclusions/ in the browser equals Node DuckDB, and the closure is dated', async ({ page }) => {
	await expectFiguresAsInNode(page, 'conclusions/', 'conclusions.md', 'reference');
	const t = await dataTable(figure(page, 'bank-malls'));
	const icbc = t.cells.find((r) => r[t.headers.indexOf('mall')]!.startsWith('ICBC'))!;
	expect([icbc[t.headers.indexOf('launched_text')], icbc[t.headers.indexOf('last_text')], icbc[t.headers.indexOf('years')]]).toEqual(['2014-01-12', '2022-06-30', '8.5']);
});

test('each recommendation of /conclusions/ links to figures that exist', async ({ page }) => {
	await page.goto('conclusions/');
	const hrefs = await page.locator('main a[href*="#"]').evaluateAll((as) => as.map((a) => (a as HTMLAnchorElement).getAttribute('href')!));
	const targets = hrefs.filter((h) => /\/(platforms|swot|customers|associations)\/#/.test(h));
	expect(targets.length).toBeGreaterThanOrEqual(12);
	const byPage = new Map<string, Set<string>>();
	for (const h of targets) {
		const [path, id] = h.split('#') as [string, string];
		byPage.set(path, (byPage.get(path) ?? new Set()).add(id));
	}
	for (const [path, ids] of byPage) {
		await page.goto(path);
		for (const id of ids) await expect(page.locator(`[id="${id}"]`), `${path}#${id}`).toHaveCount(1);
	}
	// five recommendations, and every chapter they cite is ready
	await page.goto('conclusions/');
	await expect(page.locator('main > h2')).toHaveCount(6);
	for (const c of chapters.filter((c) => ['/platforms/', '/conclusions/'].includes(c.path))) expect(c.ready).toBe(true);
});
