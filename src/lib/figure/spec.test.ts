import { describe, expect, it } from 'vitest';
import { coerceParam, defaults, parseFigureBlocks, parseParams, type ParamSpec } from './spec';

const fence = (info: string, body: string) => '```sql ' + info + '\n' + body + '\n```\n';

describe('parseFigureBlocks', () => {
	it('reads the id, the SQL (trailing blank lines trimmed, one newline kept) and the parameters', () => {
		const md = [
			'# Growth',
			'',
			'Prose before.',
			'',
			fence(
				'id=online-retail',
				[
					'-- @param from_year int 2014 min=2014 max=2024 label="From"',
					'-- @param measure select level options="level:Sales|growth:Growth (%)" label="Show"',
					'SELECT year FROM online_retail WHERE year >= $from_year',
					'',
					''
				].join('\n')
			),
			'Prose after.'
		].join('\n');
		expect(parseFigureBlocks(md)).toEqual([
			{
				id: 'online-retail',
				sql:
					'-- @param from_year int 2014 min=2014 max=2024 label="From"\n' +
					'-- @param measure select level options="level:Sales|growth:Growth (%)" label="Show"\n' +
					'SELECT year FROM online_retail WHERE year >= $from_year\n',
				params: [
					{ name: 'from_year', kind: 'int', default: 2014, label: 'From', min: 2014, max: 2024 },
					{
						name: 'measure',
						kind: 'select',
						default: 'level',
						label: 'Show',
						options: [
							{ value: 'level', label: 'Sales' },
							{ value: 'growth', label: 'Growth (%)' }
						]
					}
				]
			}
		]);
	});

	it('returns the figures in document order and ignores fences without an id or in another language', () => {
		const md = [
			fence('id=b', 'SELECT 2'),
			'```sql\nSELECT plain\n```\n',
			'```js id=not-sql\nlet x = 1\n```\n',
			'```sql title="x"\nSELECT 3\n```\n',
			'```sql xid=nope\nSELECT 4\n```\n',
			fence('title="Two" id=a', 'SELECT 1')
		].join('\n');
		expect(parseFigureBlocks(md).map((f) => [f.id, f.sql])).toEqual([
			['b', 'SELECT 2\n'],
			['a', 'SELECT 1\n']
		]);
	});

	it('reads CRLF files the same as LF files', () => {
		const md = 'x\n' + fence('id=a', '-- @param n int 3\nSELECT $n') + '\n' + fence('id=b', 'SELECT 2');
		const lf = parseFigureBlocks(md);
		const crlf = parseFigureBlocks(md.replaceAll('\n', '\r\n'));
		expect(crlf.map((f) => f.id)).toEqual(['a', 'b']);
		expect(crlf.map((f) => f.params)).toEqual(lf.map((f) => f.params));
		expect(crlf.map((f) => f.sql.replaceAll('\r', ''))).toEqual(lf.map((f) => f.sql));
	});

	it('throws on two figures with the same id', () => {
		const md = fence('id=dup', 'SELECT 1') + '\n' + fence('id=dup', 'SELECT 2');
		expect(() => parseFigureBlocks(md)).toThrow('Two figures have the id "dup".');
	});

	it('throws, naming the figure, when a default does not satisfy its own declaration', () => {
		expect(() => parseFigureBlocks(fence('id=bad', '-- @param y int 2030 max=2024\nSELECT $y'))).toThrow('bad: default of $y: must be at most 2024');
		expect(() => parseFigureBlocks(fence('id=bad2', '-- @param m select z options="a|b"\nSELECT $m'))).toThrow(/bad2: default of \$m/);
	});

	it('does not take a fence inside a fence body for a new figure', () => {
		const md = fence('id=outer', "SELECT '```sql id=inner' AS s");
		expect(parseFigureBlocks(md).map((f) => f.id)).toEqual(['outer']);
	});
});

describe('parseParams', () => {
	it('reads every kind with its attributes', () => {
		const sql = [
			'--   @param  n  number 0.5 min=0 max=1 step=0.05',
			'-- @param flag bool true label="Show all"',
			'-- @param year int 2020',
			"-- @param who select \"all firms\" options=\"all firms:All firms|banks\" label=\"Who\"",
			'SELECT 1'
		].join('\n');
		expect(parseParams(sql)).toEqual([
			{ name: 'n', kind: 'number', default: 0.5, label: 'n', min: 0, max: 1, step: 0.05 },
			{ name: 'flag', kind: 'bool', default: true, label: 'Show all' },
			{ name: 'year', kind: 'int', default: 2020, label: 'year' },
			{
				name: 'who',
				kind: 'select',
				default: 'all firms',
				label: 'Who',
				options: [
					{ value: 'all firms', label: 'All firms' },
					{ value: 'banks', label: 'banks' }
				]
			}
		]);
	});

	it('ignores ordinary comments and lines that only mention @param', () => {
		expect(parseParams('-- a comment\nSELECT 1 -- @param x int 1\n-- param y int 1\n')).toEqual([]);
	});

	// Bug: an option label may itself contain a colon. `o.split(':')` keeps only the text before the second colon,
	// so content/growth.md's figure physical-share shows "Computed here" instead of the whole label.
	it('keeps an option label that contains a colon', () => {
		const [p] = parseParams(
			'-- @param basis select published options="published:As published by NBS|computed:Computed here: physical goods online ÷ total retail sales" label="Share"'
		);
		expect(p!.options).toEqual([
			{ value: 'published', label: 'As published by NBS' },
			{ value: 'computed', label: 'Computed here: physical goods online ÷ total retail sales' }
		]);
	});
});

describe('defaults', () => {
	it('maps each parameter to its default', () => {
		const params = parseParams('-- @param a int 1\n-- @param b bool false\n-- @param c select x options="x|y"');
		expect(defaults(params)).toEqual({ a: 1, b: false, c: 'x' });
		expect(defaults([])).toEqual({});
	});
});

describe('coerceParam', () => {
	const int: ParamSpec = { name: 'y', kind: 'int', default: 2014, label: 'Year', min: 2014, max: 2024 };
	const num: ParamSpec = { name: 'r', kind: 'number', default: 0.5, label: 'Rate', min: 0, max: 1 };
	const sel: ParamSpec = { name: 's', kind: 'select', default: 'a', label: 'S', options: [{ value: 'a', label: 'A' }, { value: 'b', label: 'B' }] };
	const bool: ParamSpec = { name: 'f', kind: 'bool', default: false, label: 'F' };

	it('accepts valid values, typed', () => {
		expect(coerceParam(int, '2020')).toEqual({ ok: true, value: 2020 });
		expect(coerceParam(int, '2014')).toEqual({ ok: true, value: 2014 });
		expect(coerceParam(int, '2024')).toEqual({ ok: true, value: 2024 });
		expect(coerceParam(num, '0.25')).toEqual({ ok: true, value: 0.25 });
		expect(coerceParam(num, '1')).toEqual({ ok: true, value: 1 });
		expect(coerceParam(sel, 'b')).toEqual({ ok: true, value: 'b' });
		expect(coerceParam(bool, 'true')).toEqual({ ok: true, value: true });
		expect(coerceParam(bool, 'false')).toEqual({ ok: true, value: false });
	});

	it.each([
		{ spec: int, raw: '', message: 'must be a number' },
		{ spec: int, raw: '   ', message: 'must be a number' },
		{ spec: int, raw: 'abc', message: 'must be a number' },
		{ spec: int, raw: 'Infinity', message: 'must be a number' },
		{ spec: int, raw: 'NaN', message: 'must be a number' },
		{ spec: int, raw: '2020.5', message: 'must be a whole number' },
		{ spec: int, raw: '2013', message: 'must be at least 2014' },
		{ spec: int, raw: '2025', message: 'must be at most 2024' },
		{ spec: int, raw: "2020; DROP TABLE x", message: 'must be a number' },
		{ spec: num, raw: '-0.1', message: 'must be at least 0' },
		{ spec: num, raw: '1.01', message: 'must be at most 1' },
		{ spec: sel, raw: 'c', message: 'must be one of a, b' },
		{ spec: sel, raw: "a' OR '1'='1", message: 'must be one of a, b' },
		{ spec: sel, raw: 'A', message: 'must be one of a, b' },
		{ spec: bool, raw: 'yes', message: 'must be true or false' },
		{ spec: bool, raw: 'TRUE', message: 'must be true or false' },
		{ spec: bool, raw: '1', message: 'must be true or false' }
	])('rejects $raw for a $spec.kind parameter: $message', ({ spec, raw, message }) => {
		expect(coerceParam(spec, raw)).toEqual({ ok: false, message });
	});

	it('gives numbers, never strings, to int and number parameters', () => {
		const c = coerceParam({ name: 'x', kind: 'number', default: 0, label: 'x' }, '1e3');
		expect(c).toEqual({ ok: true, value: 1000 });
	});
});
