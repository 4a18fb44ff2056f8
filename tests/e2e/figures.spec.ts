// The figures of the chapters once live: they turn live, their controls redraw them, Download CSV gives what
// the data table shows, and Copy link restores a figure's state in a fresh browser.
import {
	changeControl, chartSignature, control, controlCandidates, dataTable, downloadCsv, expect, expectAllLive, expectLive, figure,
	gotoLive, parseCsv, renders, replaceSql, runButton, setControl, shownSql, test, watchContext
} from './helpers';
import { builtFigures, FIGURE_ROUTES, routeName } from './site';

for (const route of FIGURE_ROUTES) {
	const figs = builtFigures(route);

	test.describe(routeName(route), () => {
		test('every figure turns live', async ({ page }) => {
			await page.goto(route);
			expect(await page.locator('figure[data-figure]').count()).toBe(figs.length);
			await expectAllLive(page);
		});

		for (const f of figs.filter((f) => f.controls.length > 0)) {
			test(`${f.id}: each control redraws the chart`, async ({ page }) => {
				await gotoLive(page, route);
				const fig = figure(page, f.id);
				for (const c of f.controls) {
					// A value can leave the data as it is (no rows in that year); three tries must change the chart.
					// A value that breaks one of the figure's checks (band edges out of order, weights not adding up)
					// is refused with a message and no query: try the next one.
					const tried: string[] = [];
					const refused: string[] = [];
					const original = await control(page, c).inputValue();
					let changed = false;
					for (const value of await controlCandidates(page, c)) {
						if (tried.length >= 3) break;
						const before = { renders: await renders(fig), chart: await chartSignature(fig) };
						await setControl(page, c, value);
						if (await fig.locator('.check-msg').isVisible()) {
							refused.push(value);
							expect(await renders(fig), `${c.id}=${value} is refused: no query ran`).toBe(before.renders);
							expect(await chartSignature(fig), `${c.id}=${value} is refused: the chart stays`).toBe(before.chart);
							continue;
						}
						await expect.poll(() => renders(fig), { message: `${c.id}=${value}: data-renders increases` }).toBeGreaterThan(before.renders);
						await expect(fig, `${c.id}=${value}: still live`).toHaveAttribute('data-state', 'live');
						tried.push(value);
						changed = (await chartSignature(fig)) !== before.chart;
						if (changed) break;
					}
					if (!tried.length && refused.length) {
						// A control tied to another (one of two weights): alone it can only be refused; customers.spec.ts
						// changes such pairs together. Put it back so the next control starts from a valid state.
						await setControl(page, c, original);
						await expect(fig.locator('.check-msg')).toHaveCount(0);
						continue;
					}
					expect(tried.length, `${c.id} has other valid values`).toBeGreaterThan(0);
					expect.soft(changed, `${c.id}: the chart changes for one of ${tried.join(', ')}`).toBe(true);
				}
			});
		}

		for (const f of figs) {
			test(`${f.id}: Download CSV has the data table's columns and rows`, async ({ page }) => {
				await gotoLive(page, route);
				const fig = figure(page, f.id);
				const { name, text } = await downloadCsv(page, fig);
				expect(name).toBe(`${f.id}.csv`);
				const [header = [], ...rows] = parseCsv(text);
				const table = await dataTable(fig);
				expect(table.headers.length, 'data table columns').toBeGreaterThan(0);
				// The table leaves out source columns (shown in the source line); the CSV has every column.
				expect(header.filter((h) => table.headers.includes(h)), 'CSV header holds the table columns, in order').toEqual(table.headers);
				expect(rows.length, 'CSV rows = "Data table (N rows)"').toBe(table.count);
			});
		}

		// The first figure with a select (else any control, else none): its control and edited SQL go into the link.
		const f = figs.find((x) => x.controls.some((c) => c.kind === 'select')) ?? figs.find((x) => x.controls.length) ?? figs[0];
		if (f) {
			test(`${f.id}: Copy link restores the control and the edited SQL in a new browser`, async ({ page, browser, baseURL }) => {
				await gotoLive(page, route);
				const fig = figure(page, f.id);
				const c = f.controls.find((x) => x.kind === 'select') ?? f.controls[0];
				let value: string | null = null;
				if (c) {
					const n = await renders(fig);
					value = await changeControl(page, c);
					await expect.poll(() => renders(fig)).toBeGreaterThan(n);
				}
				const edited = `-- edited by the e2e test\n${await shownSql(fig)}`;
				await replaceSql(page, fig, edited);
				const n = await renders(fig);
				await runButton(fig).click();
				await expect.poll(() => renders(fig), { message: 'the edited query ran' }).toBeGreaterThan(n);
				await expectLive(fig);
				const shown = await downloadCsv(page, fig);

				await fig.getByRole('button', { name: 'Copy link' }).click();
				const link = await fig.locator('.link-out input').inputValue();
				const url = new URL(link);
				expect(url.hash).toBe(`#${f.id}`);
				expect(url.searchParams.get(`${f.id}.sql`)?.trim()).toBe(edited.trim());
				if (c) expect(url.searchParams.get(`${f.id}.${c.param}`)).toBe(value);

				const context = await browser.newContext();
				try {
					const watch = await watchContext(context, new URL(baseURL!).origin);
					const fresh = await context.newPage();
					await fresh.goto(link);
					const fig2 = figure(fresh, f.id);
					await expectLive(fig2);
					if (c?.kind === 'checkbox') expect(String(await control(fresh, c).isChecked())).toBe(value);
					else if (c) await expect(control(fresh, c)).toHaveValue(value!);
					expect((await shownSql(fig2)).trim(), 'the edited SQL is restored').toBe(edited.trim());
					expect((await downloadCsv(fresh, fig2)).text, 'same rows as the page the link was copied from').toBe(shown.text);
					expect(watch.errors).toEqual([]);
					expect(watch.external).toEqual([]);
				} finally {
					await context.close();
				}
			});
		}
	});
}
