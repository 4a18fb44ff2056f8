// Every figure of a chapter, computed in the browser, gives the same CSV as its SQL run by Node DuckDB on the same
// database file (steps made first, with the essay's defaults). Shared by the chapter specs.
import { join } from 'node:path';
import { readFileSync } from 'node:fs';
import type { Page } from '@playwright/test';
import { parseFigureBlocks, queryDefaults } from '../../src/lib/figure/spec';
import { openNodeEngine } from '../../src/lib/db/node';
import { toCsv } from '../../src/lib/figure/csv';
import { downloadCsv, expect, expectLive, figure, gotoLive } from './helpers';
import { BUILD_DIR } from './site';

export async function expectFiguresAsInNode(page: Page, route: string, essay: string, database: 'reference' | 'customers') {
	const specs = parseFigureBlocks(readFileSync(join(BUILD_DIR, '..', 'content', essay), 'utf8'));
	const engine = await openNodeEngine(join(BUILD_DIR, 'data'), [{ alias: database, file: `${database}.duckdb` }]);
	try {
		await gotoLive(page, route);
		for (const spec of specs) {
			if (spec.step) {
				await engine.query(spec.sql, { params: queryDefaults(spec, specs), step: spec.id });
				continue;
			}
			const fig = figure(page, spec.id);
			await fig.scrollIntoViewIfNeeded();
			await expectLive(fig);
			const browser = (await downloadCsv(page, fig)).text;
			const node = await engine.query(spec.sql, { params: queryDefaults(spec, specs) });
			expect(browser, `${spec.id}: same CSV from the browser and from Node`).toBe(toCsv(node.columns, node.rows));
		}
	} finally {
		engine.close();
	}
}
