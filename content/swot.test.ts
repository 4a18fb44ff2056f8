// The SWOT chapter's SQL (from the essay, in Node DuckDB over the built reference database) against src/lib/swot.ts,
// for our weights, equal weights and edge cases; and the step's declared defaults against the factor table.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { buildData } from '../data/pipeline/build';
import { openNodeEngine, type NodeEngine } from '../src/lib/db/node';
import { defaults, parseFigureBlocks, queryDefaults } from '../src/lib/figure/spec';
import { failedChecks } from '../src/lib/figure/checks';
import type { Params, Row } from '../src/lib/db/types';
import { position, weightToFlip, type Factor, type Quadrant } from '../src/lib/swot';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const specList = parseFigureBlocks(readFileSync(join(root, 'content/swot.md'), 'utf8'));
const spec = (id: string) => specList.find((s) => s.id === id)!;

let base: string;
let engine: NodeEngine;
let table: Row[];

beforeAll(async () => {
	base = mkdtempSync(join(tmpdir(), 'swot-test-'));
	await buildData({ outDir: base, truthDir: join(base, 'truth'), synthetic: { customers: 2000, seed: 1 } });
	engine = await openNodeEngine(base, [{ alias: 'reference', file: 'reference.duckdb' }]);
	table = (await engine.query('SELECT factor_id, quadrant, weight::DOUBLE AS weight, rating FROM swot_factors ORDER BY factor_id')).rows;
}, 60_000);

afterAll(() => {
	engine?.close();
	if (base) rmSync(base, { recursive: true, force: true });
});

/** The step's values for a set of factors. */
const toParams = (fs: Factor[]): Params => Object.fromEntries(fs.flatMap((f) => [[`w_${f.id}`, f.weight], [`r_${f.id}`, f.rating]]));
const ours = (): Factor[] => table.map((r) => ({ id: String(r.factor_id), quadrant: r.quadrant as Quadrant, weight: Number(r.weight), rating: Number(r.rating) }));

async function run(id: string, params: Params): Promise<Row[]> {
	await engine.query(spec('factors').sql, { params: { ...defaults(spec('factors').params), ...params }, step: 'factors' });
	return (await engine.query(spec(id).sql, { params: { ...queryDefaults(spec(id), specList), ...params } })).rows;
}

const equalWeights = (fs: Factor[]): Factor[] => {
	const n = (internal: boolean) => fs.filter((f) => (f.quadrant === 'S' || f.quadrant === 'W') === internal).length;
	return fs.map((f) => ({ ...f, weight: 1 / n(f.quadrant === 'S' || f.quadrant === 'W') }));
};
// P exactly on the vertical axis: S = W = 1.5 with weights exact in binary (0.125 × 4 a side, the rest 0).
const onAxis = (fs: Factor[]): Factor[] => {
	const seen: Record<string, number> = {};
	return fs.map((f) => {
		if (f.quadrant === 'O' || f.quadrant === 'T') return { ...f, rating: f.quadrant === 'O' ? 5 : 1 };
		seen[f.quadrant] = (seen[f.quadrant] ?? 0) + 1;
		return { ...f, rating: 3, weight: seen[f.quadrant]! <= 4 ? 0.125 : 0 };
	});
};
// Weaknesses but opportunities: WO.
const wo = (fs: Factor[]): Factor[] => fs.map((f) => ({ ...f, rating: f.quadrant === 'W' || f.quadrant === 'O' ? 5 : 1 }));
// Weaknesses and threats dominate: WT.
const gloomy = (fs: Factor[]): Factor[] => fs.map((f) => ({ ...f, rating: f.quadrant === 'W' || f.quadrant === 'T' ? 5 : 1 }));
// Strengths but threats: ST.
const st = (fs: Factor[]): Factor[] => fs.map((f) => ({ ...f, rating: f.quadrant === 'S' || f.quadrant === 'T' ? 5 : 1 }));

describe('the factors step', () => {
	it('declares exactly the factor table’s weights and ratings as its defaults, and they pass its checks', () => {
		const d = defaults(spec('factors').params);
		expect(d).toEqual(toParams(ours()));
		expect(failedChecks(spec('factors').checks, d)).toEqual([]);
	});

	it('refuses a side whose weights do not add up to 1, and ratings outside 1-5 at the control', () => {
		const d = defaults(spec('factors').params);
		expect(failedChecks(spec('factors').checks, { ...d, w_S1: 0.2 })).toEqual(['The weights of strengths and weaknesses must add up to 1.']);
		expect(failedChecks(spec('factors').checks, { ...d, w_O1: 0.2, w_O2: 0.04 })).toEqual([]);
		const r = spec('factors').params.find((p) => p.name === 'r_S1')!;
		expect([r.kind, r.min, r.max]).toEqual(['int', 1, 5]);
	});
});

describe.each([
	['our weights', ours],
	['equal weights', () => equalWeights(ours())],
	['P on the vertical axis (S = W)', () => onAxis(ours())],
	['weaknesses and threats at 5 (WT)', () => gloomy(ours())],
	['strengths and threats at 5 (ST)', () => st(ours())]
] as const)('the position, %s', (_, make) => {
	it('S, W, O, T, P, θ, strategy and intensity equal swot.ts', async () => {
		const fs = make();
		const expected = position(fs);
		const [row] = await run('swot-position', toParams(fs));
		expect(Math.abs((row!.S as number) - expected.S)).toBeLessThanOrEqual(0.0005);
		expect(Math.abs((row!.W as number) - expected.W)).toBeLessThanOrEqual(0.0005);
		expect(Math.abs((row!.O as number) - expected.O)).toBeLessThanOrEqual(0.0005);
		expect(Math.abs((row!.T as number) - expected.T)).toBeLessThanOrEqual(0.0005);
		expect(Math.abs((row!.x as number) - expected.x)).toBeLessThanOrEqual(0.00005);
		expect(Math.abs((row!.y as number) - expected.y)).toBeLessThanOrEqual(0.00005);
		expect(Math.abs((row!.theta_deg as number) - expected.theta)).toBeLessThanOrEqual(0.05);
		// On a quadrant boundary the strategy depends on the last bit of a floating-point sum: not compared there.
		if (Math.abs(expected.x) > 1e-9 && Math.abs(expected.y) > 1e-9) expect(row!.strategy).toBe(expected.strategy);
		expect(Math.abs((row!.intensity as number) - expected.rho)).toBeLessThanOrEqual(0.0005);
	});

	it('the weight that changes the strategy equals swot.ts, factor by factor', async () => {
		const fs = make();
		const rows = await run('sensitivity', toParams(fs));
		for (const f of fs) {
			const r = rows.find((x) => String(x.factor).startsWith(`${f.id} `))!;
			const flip = weightToFlip(fs, f.id);
			// A crossing at the very end of the weight's range (the weight at 0 or 1) may fall either side in floating point.
			const atEnd = flip !== null && (Math.abs(flip.delta + f.weight) < 1e-9 || Math.abs(flip.delta - (1 - f.weight)) < 1e-9);
			if (atEnd) expect(r.delta === null || Math.abs((r.delta as number) - flip!.delta) <= 0.00005, f.id).toBe(true);
			else if (flip === null) expect(r.delta, f.id).toBeNull();
			else if (Math.abs(flip.delta) < 1e-9) expect(Math.abs((r.delta as number | null) ?? 0), f.id).toBeLessThanOrEqual(0.00005);
			else expect(Math.abs((r.delta as number) - flip.delta), f.id).toBeLessThanOrEqual(0.00005);
		}
	});
});

describe('the strategies named', () => {
	it('covers SO at our weights and the other quadrants in the edge cases', async () => {
		const names = [];
		for (const fs of [ours(), wo(ours()), gloomy(ours()), st(ours())]) names.push((await run('swot-position', toParams(fs)))[0]!.strategy);
		expect(names).toEqual(['SO aggressive', 'WO turnaround', 'WT defensive', 'ST diversification']);
	});
});
