// Every real number on the pages built from public data (/platforms/, /swot/, /conclusions/) traces to a sourced row.
// The test reads each essay's prose (and its figures' titles, captions and summaries), finds every number and every
// date written in it, and looks for each one in the data: a cell of a row with a source URL in the real tables, or a
// cell of one of the page's own figures (which are computed by the SQL shown under them from those rows). A number
// typed into the prose that is in neither fails the test; the few numbers that are not data (a heading's number, the
// ends of the 1-5 rating scale) are listed below with the reason.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { buildData } from '../data/pipeline/build';
import { tables } from '../data/pipeline/tables';
import { openNodeEngine, type NodeEngine } from '../src/lib/db/node';
import { defaults, parseFigureBlocks, queryDefaults } from '../src/lib/figure/spec';
import { matches, prose, writtenDates, writtenNumbers } from '../src/lib/content/prose-numbers';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
/** Numbers on a page that are not data, each with the reason. */
const NOT_DATA: Record<string, Record<string, string>> = {
	'platforms.md': {},
	'swot.md': { '1': 'weights of a side add up to 1; ratings run from 1', '5': 'ratings run to 5', '4': 'the IFE/EFE scale runs from 1 to 4', '2.5': 'the IFE/EFE average' },
	'conclusions.md': { '1': 'the levels run from 1', '5': 'the levels run to 5' }
};

const numbersIn = (v: unknown): number[] =>
	typeof v === 'number' ? [v] : typeof v === 'string' ? [...v.matchAll(/\d+(?:\.\d+)?/g)].map((m) => Number(m[0])) : Array.isArray(v) ? v.flatMap(numbersIn) : [];
const textsIn = (v: unknown): string[] => (v instanceof Date ? [v.toISOString().slice(0, 10)] : typeof v === 'string' ? [v] : Array.isArray(v) ? v.flatMap(textsIn) : []);

describe('prose parsing', () => {
	it('reads numbers as written, without years, dates or numbers inside words', () => {
		expect(writtenNumbers('¥6,589 billion in FY2020, B2C and 3.3 % since 2014; 12 January 2014; e-ICBC 12.')).toEqual(['6589', '3.3', '12']);
		expect(writtenDates('on 12 January 2014 and in June 2012')).toEqual(['2014-01-12', '2012-06']);
		expect(prose('## 1. Play\n```sql id=x\nSELECT 42\n```\n<Figure id="x" chart="bar" caption="about 7 %" />[a](/x/?p=99)')).not.toMatch(/42|99|1\./);
	});
	it('matches a number in another unit at the precision written, and only then', () => {
		expect(matches('2.78', 27898)).toBe(false);
		expect(matches('2.79', 27898)).toBe(true); // 亿元 → trillion
		expect(matches('6589', 6589)).toBe(true);
		expect(matches('6.6', 6589)).toBe(true); // billion → trillion, rounded as written
		expect(matches('6.5', 6589)).toBe(false);
		expect(matches('143', 143.38)).toBe(true);
		expect(matches('150', 143.38)).toBe(false);
	});
});

let base: string;
let engine: NodeEngine;
let sourcedNumbers: number[];
let sourcedTexts: string[];

beforeAll(async () => {
	base = mkdtempSync(join(tmpdir(), 'real-numbers-'));
	await buildData({ outDir: base, truthDir: join(base, 'truth'), synthetic: { customers: 2000, seed: 1 } });
	engine = await openNodeEngine(base, [{ alias: 'reference', file: 'reference.duckdb' }]);
	sourcedNumbers = [];
	sourcedTexts = [];
	for (const t of tables.filter((t) => t.kind === 'real')) {
		const { rows } = await engine.query(`SELECT * FROM ${t.name} WHERE source_url IS NOT NULL AND source_url <> ''`);
		expect(rows.length, t.name).toBeGreaterThan(0);
		for (const r of rows) for (const v of Object.values(r)) [sourcedNumbers.push(...numbersIn(v)), sourcedTexts.push(...textsIn(v))];
	}
}, 60_000);

afterAll(() => {
	engine?.close();
	if (base) rmSync(base, { recursive: true, force: true });
});

describe.each(Object.keys(NOT_DATA))('every number written in %s traces to data', (essay) => {
	const md = readFileSync(join(root, 'content', essay), 'utf8');
	const specs = parseFigureBlocks(md);
	let figureNumbers: number[];
	let figureTexts: string[];

	beforeAll(async () => {
		[figureNumbers, figureTexts] = [[], []];
		for (const s of specs) {
			const params = s.step ? defaults(s.params) : queryDefaults(s, specs);
			const { rows } = await engine.query(s.sql, { params, ...(s.step ? { step: s.id } : {}) });
			for (const r of rows) for (const v of Object.values(r)) [figureNumbers.push(...numbersIn(v)), figureTexts.push(...textsIn(v))];
		}
	});

	it('each number is a sourced value or a figure value', () => {
		const written = writtenNumbers(prose(md));
		expect(written.length).toBeGreaterThan(5);
		const missing = written.filter((w) => !(w in NOT_DATA[essay]!) && ![...sourcedNumbers, ...figureNumbers].some((v) => matches(w, v)));
		expect(missing, `numbers in ${essay} found in no sourced row and no figure`).toEqual([]);
	});

	it('a number made up for the test is found nowhere (the search does not match everything)', () => {
		expect(['987.65', '31.4159', '7771'].filter((w) => [...sourcedNumbers, ...figureNumbers].some((v) => matches(w, v)))).toEqual([]);
	});

	it('each written date is a date of a sourced row', () => {
		const texts = [...sourcedTexts, ...figureTexts];
		const missing = writtenDates(prose(md)).filter((d) => !texts.some((t) => t.startsWith(d) || t.includes(d)));
		expect(missing, `dates in ${essay} found in no sourced row`).toEqual([]);
	});
});
