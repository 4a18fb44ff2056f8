import { describe, expect, it } from 'vitest';
import { figureLink, readFigureState } from './url-state';
import { defaults, parseChecks, parseParams } from './spec';
import type { Params } from '$lib/db/types';

const specs = parseParams(
	[
		'-- @param from_year int 2014 min=2014 max=2024 label="From"',
		'-- @param rate number 0.5 min=0 max=1',
		'-- @param measure select level options="level:Sales|growth:Growth (%)" label="Show"',
		'-- @param cumulative bool false label="Cumulative"'
	].join('\n')
);
const page = 'https://example.org/bank-ecommerce-study/growth/';
const search = (href: string) => new URL(href).search;

describe('figureLink', () => {
	it('writes only non-default values, the edited SQL, and the anchor', () => {
		const link = figureLink(page, 'online-retail', specs, { from_year: 2018, rate: 0.5, measure: 'growth', cumulative: false }, null);
		const url = new URL(link);
		expect(url.origin + url.pathname).toBe(page);
		expect([...url.searchParams]).toEqual([
			['online-retail.from_year', '2018'],
			['online-retail.measure', 'growth']
		]);
		expect(url.hash).toBe('#online-retail');
	});

	it('gives the bare page and anchor when everything is at its default', () => {
		expect(figureLink(page, 'fig', specs, defaults(specs), null)).toBe(page + '#fig');
	});

	it("keeps other figures' keys and other parameters, and replaces this figure's old ones", () => {
		const href = `${page}?other.from_year=2020&fig.measure=growth&fig.sql=SELECT+1&fig-2.rate=0.1&lang=en#other`;
		const url = new URL(figureLink(href, 'fig', specs, { ...defaults(specs), rate: 0.75 }, null));
		expect([...url.searchParams]).toEqual([
			['other.from_year', '2020'],
			['fig-2.rate', '0.1'],
			['lang', 'en'],
			['fig.rate', '0.75']
		]);
		expect(url.hash).toBe('#fig');
	});
});

describe('readFigureState', () => {
	it('reads nothing from an empty query', () => {
		expect(readFigureState('', 'fig', specs)).toEqual({ params: {}, sql: null, rejected: [] });
	});

	it("reads this figure's values, typed, and ignores other figures' keys", () => {
		const state = readFigureState('?fig.from_year=2020&fig.cumulative=true&other.from_year=2016&fig-2.measure=growth&fig.unknown=1', 'fig', specs);
		expect(state).toEqual({ params: { from_year: 2020, cumulative: true }, sql: null, rejected: [] });
	});

	it('drops bad values and reports each with its label and reason', () => {
		const state = readFigureState(
			"?fig.from_year=1990&fig.rate=abc&fig.measure=x'%3B%20DROP%20TABLE%20t&fig.cumulative=yes",
			'fig',
			specs
		);
		expect(state.params).toEqual({});
		expect(state.rejected).toEqual([
			'From: must be at least 2014',
			'rate: must be a number',
			'Show: must be one of level, growth',
			'Cumulative: must be true or false'
		]);
	});

	it('keeps the good values when some are bad', () => {
		const state = readFigureState('?fig.from_year=2020&fig.rate=2', 'fig', specs);
		expect(state.params).toEqual({ from_year: 2020 });
		expect(state.rejected).toEqual(['rate: must be at most 1']);
	});
});

describe('readFigureState with checks', () => {
	const sql = [
		'-- @param f2 int 2 min=1 label="Band 2"',
		'-- @param f3 int 3 min=1',
		'-- @param f4 int 5 min=1',
		'-- @param wf number 0.5 min=0 max=1',
		'-- @param wm number 0.5 min=0 max=1',
		'-- @param other int 7',
		'-- @check increasing f2 f3 f4 message="Order bands must increase from left to right"',
		'-- @check sum wf wm = 1 message="The two weights must add up to 1"'
	].join('\n');
	const levels = parseParams(sql);
	const checks = parseChecks(sql);

	it('keeps values that pass together, including ones that only pass with the defaults', () => {
		const state = readFigureState('?fig.f3=4&fig.wf=0.3&fig.wm=0.7', 'fig', levels, checks);
		expect(state).toEqual({ params: { f3: 4, wf: 0.3, wm: 0.7 }, sql: null, rejected: [] });
	});

	it("drops the link's values of a failing check, keeps the rest, and reports the check's message", () => {
		const state = readFigureState('?fig.f3=9&fig.wf=0.3&fig.wm=0.6&fig.other=8&fig.f2=0', 'fig', levels, checks);
		expect(state.params).toEqual({ other: 8 });
		expect(state.rejected).toEqual([
			'Band 2: must be at least 1',
			'Order bands must increase from left to right',
			'The two weights must add up to 1'
		]);
	});

	it('drops only the values of the check that fails', () => {
		const state = readFigureState('?fig.f3=9&fig.wf=0.25&fig.wm=0.75', 'fig', levels, checks);
		expect(state.params).toEqual({ wf: 0.25, wm: 0.75 });
		expect(state.rejected).toEqual(['Order bands must increase from left to right']);
	});

	it("drops again when dropping one check's values breaks an overlapping one", () => {
		const overlapping = [
			'-- @param a int 1',
			'-- @param b int 2',
			'-- @param c int 3',
			'-- @check increasing a b message="a < b"',
			'-- @check increasing b c message="b < c"'
		].join('\n');
		// 2 < 4 holds but 4 < 3 fails; dropping b and c brings b back to 2, and then a=2 < b=2 fails too.
		const state = readFigureState('?fig.a=2&fig.b=4&fig.c=3', 'fig', parseParams(overlapping), parseChecks(overlapping));
		expect(state).toEqual({ params: {}, sql: null, rejected: ['b < c', 'a < b'] });
	});

	it('ignores checks when none are given (figures without checks read links as before)', () => {
		expect(readFigureState('?fig.f3=9', 'fig', levels).params).toEqual({ f3: 9 });
	});
});

describe('round trip', () => {
	const nastySql = "SELECT 'a&b=c#d' AS \"x+y\", 100% AS p -- 融e购 ?q=1\n/* é */ FROM t WHERE v = $from_year";

	it.each<[string, Params, string | null]>([
		['defaults', defaults(specs), null],
		['every value changed', { from_year: 2024, rate: 0.125, measure: 'growth', cumulative: true }, null],
		['edited SQL with URL-special characters', { ...defaults(specs), from_year: 2015 }, nastySql],
		['an empty edited query', defaults(specs), '']
	])('restores %s', (_, values, sql) => {
		const link = figureLink(`${page}?other.rate=0.2`, 'fig', specs, values, sql);
		const state = readFigureState(search(link), 'fig', specs);
		expect(state.rejected).toEqual([]);
		expect({ ...defaults(specs), ...state.params }).toEqual(values);
		expect(state.sql).toBe(sql);
		expect(readFigureState(search(link), 'other', specs).params).toEqual({ rate: 0.2 });
	});
});
