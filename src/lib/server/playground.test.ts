// The playground's examples are the figures' queries: run as the playground runs them (statement by statement,
// as a reader), each gives exactly the rows its figure's SQL gives with the essay's defaults.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { openNodeEngine, type NodeEngine } from '$lib/db/node';
import { parseFigureBlocks, queryDefaults } from '$lib/figure/spec';
import { toCsv } from '$lib/figure/csv';
import { planRun } from '$lib/playground/run-plan';
import { examplesOf, figureTags } from './playground';

const dataDir = join(process.cwd(), 'static/data');
const essays = { 'growth.md': 'reference', 'swot.md': 'reference', 'customers.md': 'customers', 'associations.md': 'customers' } as const;
const engines: NodeEngine[] = [];
afterAll(() => engines.forEach((e) => e.close()));

describe('figureTags', () => {
	it('reads id, title, chart and options in any order: strings, {numbers}, bare flags', () => {
		const md = '<Figure title="B" id="b" />\n<Figure id="a" chart="barx" x="v"\n  pivot={100} percent title="A: x" synthetic xLabel="L (1 = no)" />';
		expect([...figureTags(md)]).toEqual([
			['b', { title: 'B', chart: undefined, options: {} }],
			['a', { title: 'A: x', chart: 'barx', options: { x: 'v', pivot: 100, percent: true, xLabel: 'L (1 = no)' } }]
		]);
	});
});

describe.each(Object.entries(essays))('examples of %s', (essay, database) => {
	const md = readFileSync(join(process.cwd(), 'content', essay), 'utf8');
	const specs = parseFigureBlocks(md);
	const examples = examplesOf(md);
	it('one per drawn figure, titled', () => {
		expect(examples.map((e) => e.id)).toEqual(specs.filter((s) => !s.step).map((s) => s.id));
		for (const e of examples) {
			expect(e.title, e.id).not.toBe(e.id);
			expect(e.chart, e.id).toBeTruthy();
		}
	});
	it('each runs as a reader and gives its figure’s rows', async () => {
		const engine = await openNodeEngine(dataDir, [{ alias: database, file: `${database}.duckdb` }]);
		engines.push(engine);
		for (const spec of specs) {
			if (spec.step) {
				await engine.query(spec.sql, { params: queryDefaults(spec, specs), step: spec.id });
				continue;
			}
			const expected = await engine.query(spec.sql, { params: queryDefaults(spec, specs) });
			const plan = planRun(examples.find((e) => e.id === spec.id)!.sql)!;
			for (const s of plan.before) await engine.query(s, { role: 'reader' });
			const got = await engine.query(plan.last, { role: 'reader' });
			expect(toCsv(got.columns, got.rows), spec.id).toBe(toCsv(expected.columns, expected.rows));
		}
	}, 120_000);
});
