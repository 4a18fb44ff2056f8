import { describe, expect, it } from 'vitest';
import { coerceParam, defaults, parseChecks, parseFigureBlocks, parseParams, queryDefaults, type ParamSpec } from './spec';
import { failedChecks, offenders, type CheckSpec } from './checks';

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
				],
				checks: [],
				step: false,
				uses: [],
				needs: []
			}
		]);
	});

	it("reads a figure's checks and names the figure when one is wrong", () => {
		const body = '-- @param a int 1\n-- @param b int 2\n-- @check increasing a b message="a before b"\nSELECT $a, $b';
		expect(parseFigureBlocks(fence('id=levels', body))[0]!.checks).toEqual([{ kind: 'increasing', params: ['a', 'b'], message: 'a before b' }]);
		expect(() => parseFigureBlocks(fence('id=levels', body.replace('a b', 'a c')))).toThrow(/^levels: .*\$c, which is not declared/);
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

describe('parseChecks', () => {
	const header = [
		'-- @param f2 int 2 min=1 label="From 2"',
		'-- @param f3 int 3 min=1',
		'-- @param f4 int 5 min=1',
		'-- @param f5 int 8 min=1',
		'-- @param wf number 0.5 min=0 max=1',
		'-- @param wm number 0.5 min=0 max=1',
		'-- @param measure select a options="a|b"'
	].join('\n');
	const withCheck = (...lines: string[]) => [header, ...lines, 'SELECT 1'].join('\n');

	it('reads both forms, in order, with their messages', () => {
		const sql = withCheck(
			'-- @check increasing f2 f3 f4 f5 message="Order bands must increase from left to right"',
			'--   @check  sum wf wm = 1   message="The two weights must add up to 1"',
			'-- @check sum wf wm=1 message="No spaces around ="'
		);
		expect(parseChecks(sql, 'levels')).toEqual<CheckSpec[]>([
			{ kind: 'increasing', params: ['f2', 'f3', 'f4', 'f5'], message: 'Order bands must increase from left to right' },
			{ kind: 'sum', params: ['wf', 'wm'], total: 1, message: 'The two weights must add up to 1' },
			{ kind: 'sum', params: ['wf', 'wm'], total: 1, message: 'No spaces around =' }
		]);
	});

	it('finds none in a query without @check lines, and ignores ones that are not at the start of a line', () => {
		expect(parseChecks(header)).toEqual([]);
		expect(parseChecks(header + '\nSELECT 1 -- @check increasing f2 f3 message="x"')).toEqual([]);
	});

	it.each([
		['an undeclared parameter', '-- @check increasing f2 f9 message="m"', /^levels: the check .* names \$f9, which is not declared\.$/],
		['a parameter that is not a number', '-- @check increasing f2 measure message="m"', /^levels: .* names \$measure, which is not a number/],
		['sum without =', '-- @check sum wf wm message="m"', /^levels: the check .* needs "= <number>"/],
		['sum = a non-number', '-- @check sum wf wm = one message="m"', /^levels: the check .* needs "= <number>"/],
		['increasing with =', '-- @check increasing f2 f3 = 1 message="m"', /^levels: .* increasing takes no "= total"/],
		['an unknown kind', '-- @check decreasing f2 f3 message="m"', /^levels: cannot read the check/],
		['a single parameter', '-- @check increasing f2 message="m"', /^levels: cannot read the check/],
		['no message', '-- @check increasing f2 f3', /^levels: cannot read the check/],
		['an unquoted message', '-- @check increasing f2 f3 message=m', /^levels: cannot read the check/],
		['defaults that fail it', '-- @check increasing f3 f2 message="Bands out of order"', /^levels: the defaults fail the check "Bands out of order"\.$/]
	])('throws, naming the figure, on %s', (_, line, error) => {
		expect(() => parseChecks(withCheck(line), 'levels')).toThrow(error);
	});
});

describe('failedChecks', () => {
	const bands: CheckSpec = { kind: 'increasing', params: ['f2', 'f3', 'f4'], message: 'bands' };
	const weights: CheckSpec = { kind: 'sum', params: ['wf', 'wm'], total: 1, message: 'weights' };
	const three: CheckSpec = { kind: 'sum', params: ['a', 'b', 'c'], total: 1, message: 'three' };

	it('passes strictly increasing values and fails equal or falling ones', () => {
		expect(failedChecks([bands], { f2: 1, f3: 2, f4: 10 })).toEqual([]);
		expect(failedChecks([bands], { f2: 1, f3: 2, f4: 2 })).toEqual(['bands']);
		expect(failedChecks([bands], { f2: 3, f3: 2, f4: 4 })).toEqual(['bands']);
	});

	it('passes sums within 1e-9 of the total, despite floating-point error', () => {
		expect(failedChecks([weights], { wf: 0.3, wm: 0.7 })).toEqual([]);
		// Not exactly 1 in floating point: only the tolerance lets it pass.
		expect(0.7 + 0.2 + 0.1).not.toBe(1);
		expect(failedChecks([three], { a: 0.7, b: 0.2, c: 0.1 })).toEqual([]);
		expect(failedChecks([weights], { wf: 0.3, wm: 0.6 })).toEqual(['weights']);
		expect(failedChecks([weights], { wf: 0.5, wm: 0.5 + 1e-6 })).toEqual(['weights']);
	});

	it('lists every failed message in declaration order, and fails a missing value', () => {
		expect(failedChecks([bands, weights], { f2: 2, f3: 1, f4: 3, wf: 1, wm: 1 })).toEqual(['bands', 'weights']);
		expect(failedChecks([weights], { wf: 1 })).toEqual(['weights']);
		expect(failedChecks([], { x: 1 })).toEqual([]);
	});
});

describe('offenders', () => {
	const bands: CheckSpec = { kind: 'increasing', params: ['f2', 'f3', 'f4', 'f5'], message: 'bands' };
	const weights: CheckSpec = { kind: 'sum', params: ['wf', 'wm'], total: 1, message: 'weights' };

	it('marks both ends of each step that does not rise, and every term of a wrong sum', () => {
		expect([...offenders([bands, weights], { f2: 2, f3: 6, f4: 5, f5: 8, wf: 0.5, wm: 0.5 })]).toEqual(['f3', 'f4']);
		expect([...offenders([bands], { f2: 2, f3: 2, f4: 5, f5: 5 })].sort()).toEqual(['f2', 'f3', 'f4', 'f5']);
		expect([...offenders([bands, weights], { f2: 1, f3: 2, f4: 3, f5: 4, wf: 0.5, wm: 0.6 })]).toEqual(['wf', 'wm']);
		expect(offenders([bands, weights], { f2: 1, f3: 2, f4: 3, f5: 4, wf: 0.5, wm: 0.5 }).size).toBe(0);
	});
});

describe('shared parameters', () => {
	const block = (id: string, decl: string) => '```sql id=' + id + '\n' + decl + '\nSELECT $f2 AS x\n```\n';
	it('reads shared=<group>', () => {
		const [s] = parseFigureBlocks(block('a', '-- @param f2 int 2 min=1 shared=levels'));
		expect(s!.params[0]!.shared).toBe('levels');
	});
	it('accepts identical declarations in several figures', () => {
		const specs = parseFigureBlocks(block('a', '-- @param f2 int 2 min=1 shared=levels') + block('b', '-- @param f2 int 2 min=1 shared=levels'));
		expect(specs.map((s) => s.params[0]!.shared)).toEqual(['levels', 'levels']);
	});
	it('refuses a shared parameter declared differently in two figures', () => {
		expect(() => parseFigureBlocks(block('a', '-- @param f2 int 2 min=1 shared=levels') + block('b', '-- @param f2 int 3 min=1 shared=levels'))).toThrow(
			/b: the shared parameter \$f2 is declared differently in a/
		);
	});
});

describe('steps', () => {
	const block = (info: string, body: string) => '```sql ' + info + '\n' + body + '\n```\n';
	it('reads a step and the queries that use it', () => {
		const specs = parseFigureBlocks(block('id=levels step', 'SELECT 1 AS level') + block('id=shares', '-- @uses levels\nSELECT * FROM levels'));
		expect(specs.map((s) => [s.id, s.step, s.uses])).toEqual([
			['levels', true, []],
			['shares', false, ['levels']]
		]);
	});
	it('lists every step a query needs, through the steps it uses, in page order', () => {
		const specs = parseFigureBlocks(
			block('id=baskets step', 'SELECT 1') + block('id=items step', '-- @uses baskets\nSELECT 2') + block('id=other step', 'SELECT 3') +
				block('id=rules step', '-- @uses items other\nSELECT 4') + block('id=fig', '-- @uses rules\nSELECT 5')
		);
		expect(Object.fromEntries(specs.map((s) => [s.id, s.needs]))).toEqual({
			baskets: [], items: ['baskets'], other: [], rules: ['baskets', 'items', 'other'], fig: ['baskets', 'items', 'other', 'rules']
		});
		expect(specs.at(-1)!.uses).toEqual(['rules']);
	});

	it('reads several steps on one @uses line', () => {
		const specs = parseFigureBlocks(block('id=a step', 'SELECT 1') + block('id=b step', 'SELECT 2') + block('id=c', '-- @uses a b\nSELECT 3'));
		expect(specs[2]!.uses).toEqual(['a', 'b']);
	});
	it('refuses a use of a step that does not exist, is not a step, or comes later', () => {
		expect(() => parseFigureBlocks(block('id=shares', '-- @uses levels\nSELECT 1'))).toThrow(/shares: @uses levels, but no step/);
		expect(() => parseFigureBlocks(block('id=levels', 'SELECT 1') + block('id=shares', '-- @uses levels\nSELECT 1'))).toThrow(/no step/);
		expect(() => parseFigureBlocks(block('id=shares', '-- @uses levels\nSELECT 1') + block('id=levels step', 'SELECT 1'))).toThrow(/defined further down/);
	});
	it('refuses a step id that cannot be a table name', () => {
		expect(() => parseFigureBlocks(block('id=my-levels step', 'SELECT 1'))).toThrow(/letters, digits/);
	});
});

describe('queryDefaults', () => {
	it('gives a query the defaults of the steps it uses, then its own', () => {
		const md =
			'```sql id=levels step\n-- @param f2 int 2 label="a"\n-- @param w number 0.3 label="w"\nSELECT $f2 AS f, $w AS w\n```\n' +
			'```sql id=grid\n-- @param w number 0.5 label="own w"\n-- @uses levels\nSELECT $f2, $w FROM levels\n```\n';
		const specs = parseFigureBlocks(md);
		expect(queryDefaults(specs[1]!, specs)).toEqual({ f2: 2, w: 0.5 });
		expect(queryDefaults(specs[0]!, specs)).toEqual({ f2: 2, w: 0.3 });
	});
});
