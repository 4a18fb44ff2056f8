// compileParams / sqlLiteral: plain string equality, in the manner of Observable Framework's test/sql-test.ts.
// What DuckDB itself makes of the compiled text is checked in node.test.ts.
import { describe, expect, it } from 'vitest';
import { compileParams, sqlLiteral } from './params';
import { QueryError } from './errors';

/** The error compileParams / sqlLiteral threw, so kind and message can both be checked. */
function thrown(f: () => unknown): unknown {
	try {
		f();
	} catch (e) {
		return e;
	}
	throw new Error('expected a throw');
}

describe('sqlLiteral', () => {
	it('formats null, booleans and numbers', () => {
		expect(sqlLiteral(null)).toBe('NULL');
		expect(sqlLiteral(true)).toBe('TRUE');
		expect(sqlLiteral(false)).toBe('FALSE');
		expect(sqlLiteral(2014)).toBe('2014');
		expect(sqlLiteral(0)).toBe('0');
		expect(sqlLiteral(0.25)).toBe('0.25');
		expect(sqlLiteral(1e21)).toBe('1e+21');
	});

	it('puts negative numbers (and -0) in parentheses, so `10-$x` cannot become a `--` comment', () => {
		expect(sqlLiteral(-5)).toBe('(-5)');
		expect(sqlLiteral(-0.5)).toBe('(-0.5)');
		expect(sqlLiteral(-0)).toBe('(0)');
		expect(compileParams('SELECT 10-$x', { x: -5 }).sql).toBe('SELECT 10-(-5)');
	});

	it('doubles single quotes and leaves everything else of a string as it is', () => {
		expect(sqlLiteral('')).toBe("''");
		expect(sqlLiteral("it's")).toBe("'it''s'");
		expect(sqlLiteral("''")).toBe("''''''");
		expect(sqlLiteral('back\\slash \\\' "double" $x /* -- */ \n 融e购')).toBe("'back\\slash \\'' \"double\" $x /* -- */ \n 融e购'");
	});

	it('makes an injection attempt one string literal', () => {
		expect(sqlLiteral("'; DROP TABLE x; --")).toBe("'''; DROP TABLE x; --'");
		expect(sqlLiteral("x' OR '1'='1")).toBe("'x'' OR ''1''=''1'");
	});

	it.each([NaN, Infinity, -Infinity])('refuses %s with a param error that names the parameter', (v) => {
		const e = thrown(() => sqlLiteral(v, 'from_year'));
		expect(e).toBeInstanceOf(QueryError);
		expect((e as QueryError).kind).toBe('param');
		expect((e as QueryError).message).toContain('$from_year');
	});
});

describe('compileParams', () => {
	it('replaces each $name by its literal and lists the names in order of first use', () => {
		expect(
			compileParams('SELECT * FROM t WHERE year >= $from_year AND kind = $kind AND year <= $from_year + 5', {
				from_year: 2014,
				kind: 'level'
			})
		).toEqual({ sql: "SELECT * FROM t WHERE year >= 2014 AND kind = 'level' AND year <= 2014 + 5", names: ['from_year', 'kind'] });
	});

	it('leaves SQL without parameters unchanged', () => {
		const sql = "SELECT 'a' AS x, \"b\" -- c\n/* d */ FROM t";
		expect(compileParams(sql)).toEqual({ sql, names: [] });
		expect(compileParams(sql, { unused: 1 })).toEqual({ sql, names: [] });
	});

	it('formats every kind of value', () => {
		expect(compileParams('SELECT $a, $b, $c, $d, $e', { a: null, b: true, c: false, d: -1.5, e: 'x' }).sql).toBe(
			"SELECT NULL, TRUE, FALSE, (-1.5), 'x'"
		);
	});

	it('turns an injection attempt into one literal', () => {
		expect(compileParams('SELECT * FROM t WHERE name = $name', { name: "'; DROP TABLE x; --" }).sql).toBe(
			"SELECT * FROM t WHERE name = '''; DROP TABLE x; --'"
		);
		expect(compileParams('SELECT * FROM t WHERE a = $a AND b = $b', { a: "*/ DROP TABLE x; /*", b: '$$; DROP TABLE x; $$' }).sql).toBe(
			"SELECT * FROM t WHERE a = '*/ DROP TABLE x; /*' AND b = '$$; DROP TABLE x; $$'"
		);
	});

	it('does not expand a $name that arrives inside a value (one pass)', () => {
		expect(compileParams('SELECT $a, $b', { a: '$b', b: 1 }).sql).toBe("SELECT '$b', 1");
	});

	it('a name ends at the first character that cannot be part of it', () => {
		expect(compileParams('SELECT $x::INT, $x_y, ($x)', { x: 1, x_y: 2 }).sql).toBe('SELECT 1::INT, 2, (1)');
	});

	it('skips string literals, including doubled quotes inside them', () => {
		expect(compileParams("SELECT '$x', 'it''s $x', $y", { y: 1 }).sql).toBe("SELECT '$x', 'it''s $x', 1");
	});

	it('skips quoted identifiers', () => {
		expect(compileParams('SELECT "$x", "a""$x", $y', { y: 1 }).sql).toBe('SELECT "$x", "a""$x", 1');
	});

	it('skips -- comments up to the end of the line, and replaces on the next line', () => {
		expect(compileParams('-- @param y int 1 ($x is not here)\nSELECT $y -- $x\n', { y: 1 }).sql).toBe(
			'-- @param y int 1 ($x is not here)\nSELECT 1 -- $x\n'
		);
	});

	it('skips /* */ comments', () => {
		expect(compileParams('SELECT /* $x \n $x */ $y', { y: 1 }).sql).toBe('SELECT /* $x \n $x */ 1');
	});

	it('skips $$ and $tag$ strings', () => {
		expect(compileParams('SELECT $$ $x $$, $tag$ it\'s $x $y $tag$, $y', { y: 1 }).sql).toBe(
			"SELECT $$ $x $$, $tag$ it's $x $y $tag$, 1"
		);
	});

	it('leaves positional parameters ($1) alone', () => {
		expect(compileParams('SELECT $1, $y', { y: 2 })).toEqual({ sql: 'SELECT $1, 2', names: ['y'] });
	});

	it('copies an unterminated string or comment to the end without looking inside', () => {
		expect(compileParams("SELECT '$x").sql).toBe("SELECT '$x");
		expect(compileParams('SELECT /* $x').sql).toBe('SELECT /* $x');
		expect(compileParams('SELECT "$x').sql).toBe('SELECT "$x');
	});

	it('throws a param error naming the unknown parameters and the known ones', () => {
		const e = thrown(() => compileParams('SELECT $a, $b, $c, $b', { a: 1 }));
		expect(e).toBeInstanceOf(QueryError);
		expect((e as QueryError).kind).toBe('param');
		expect((e as QueryError).message).toBe('Unknown parameter $b, $c. This query can use: $a.');
	});

	it('says so when the query has no parameters at all', () => {
		const e = thrown(() => compileParams('SELECT $year'));
		expect((e as QueryError).kind).toBe('param');
		expect((e as QueryError).message).toBe('Unknown parameter $year. This query has no parameters.');
	});

	it('reports a non-finite number as a param error', () => {
		const e = thrown(() => compileParams('SELECT $x', { x: NaN }));
		expect((e as QueryError).kind).toBe('param');
	});

	// Bug: `name in params` also finds Object.prototype's members, so `$constructor` or `$toString` reach
	// sqlLiteral with a function and crash with a TypeError instead of the param error the UI can show.
	it.each(['constructor', 'toString', '__proto__', 'hasOwnProperty'])('treats $%s as an unknown parameter (not a prototype member)', (name) => {
		const e = thrown(() => compileParams(`SELECT $${name}`, { a: 1 }));
		expect(e).toBeInstanceOf(QueryError);
		expect((e as QueryError).kind).toBe('param');
	});
});

// The scan must see strings and comments where DuckDB's lexer sees them (checked against DuckDB 1.4.3):
// otherwise a $name DuckDB reads as text is replaced, or one it reads as code is left for DuckDB to reject.
describe('compileParams agrees with the DuckDB lexer', () => {
	// Bug: E'…' strings take backslash escapes in DuckDB; the scan ends the string at the escaped quote.
	// In `SELECT E'a\' || $v AS s` DuckDB's string runs to the quote the literal of $v opens, so the rest of the
	// value is read as SQL: with v = ", 42 AS pwned --" the query returns a column "pwned".
	it("skips E'…' strings with backslash-escaped quotes", () => {
		expect(compileParams("SELECT E'it\\'s $x' AS s, $y AS y", { y: 1 }).sql).toBe("SELECT E'it\\'s $x' AS s, 1 AS y");
	});

	// Bug: DuckDB block comments nest (`SELECT 1 /* a /* b */ c */` is valid); the scan ends at the first */.
	it('skips nested /* */ comments', () => {
		expect(compileParams('SELECT 1 /* a /* b */ $x */ + $y', { y: 1 }).sql).toBe('SELECT 1 /* a /* b */ $x */ + 1');
	});

	// Bug: DuckDB allows $ inside an identifier (`SELECT 1 AS a$x` is a column named a$x).
	it('does not read a $ inside an identifier as a parameter', () => {
		expect(compileParams('SELECT 1 AS a$x, $y', { y: 2 }).sql).toBe('SELECT 1 AS a$x, 2');
	});

	// Bug: DuckDB ends a -- comment at \r as well as \n (`SELECT 1 AS x -- c\r, 2 AS y` has two columns).
	it('ends a -- comment at a carriage return too', () => {
		expect(compileParams('SELECT 1 -- note\r, $y AS y', { y: 2 }).sql).toBe('SELECT 1 -- note\r, 2 AS y');
	});
});
