import { describe, expect, it } from 'vitest';
import { highlightSql } from './sql-highlight';

/** The text a browser shows for the HTML: tags removed, the three escapes undone. */
const text = (html: string) => html.replace(/<[^>]*>/g, '').replaceAll('&lt;', '<').replaceAll('&gt;', '>').replaceAll('&amp;', '&');
/** The tokens given a class, as [class, text]. */
const tokens = (html: string) => [...html.matchAll(/<span class="tok-([a-z]+)">([^<]*)<\/span>/g)].map((m) => [m[1], m[2]]);

describe('highlightSql', () => {
	it('marks keywords, functions, names, strings, numbers, parameters and comments', () => {
		const html = highlightSql('-- c\nSELECT count(*) AS "n", \'x\' FROM t WHERE y >= $from_year AND v > 1.5e3 /* b */');
		expect(tokens(html)).toEqual([
			['comment', '-- c'],
			['keyword', 'SELECT'],
			['function', 'count'],
			['keyword', 'AS'],
			['name', '"n"'],
			['string', "'x'"],
			['keyword', 'FROM'],
			['keyword', 'WHERE'],
			['param', '$from_year'],
			['keyword', 'AND'],
			['number', '1.5e3'],
			['comment', '/* b */']
		]);
	});

	it('keeps a doubled quote inside its string and a $name inside a string or comment unmarked as a parameter', () => {
		expect(tokens(highlightSql("SELECT 'it''s $x' -- $y"))).toEqual([
			['keyword', 'SELECT'],
			['string', "'it''s $x'"],
			['comment', '-- $y']
		]);
	});

	it.each([
		["SELECT '<img src=x onerror=alert(1)>' AS s", 'a string'],
		['SELECT 1 AS "<img src=x onerror=alert(1)>"', 'a quoted name'],
		['SELECT 1 -- <img src=x onerror=alert(1)>', 'a line comment'],
		['SELECT 1 /* <img src=x onerror=alert(1)> */', 'a block comment'],
		['SELECT <img src=x onerror=alert(1)>', 'bare SQL text'],
		["SELECT '<img src=x onerror=alert(1)>", 'an unterminated string'],
		['</span><img src=x onerror=alert(1)><span>', 'text that closes the highlighter’s own spans']
	])('escapes HTML in %s (%s)', (sql) => {
		const html = highlightSql(sql);
		expect(html).not.toContain('<img');
		expect(html).toContain('&lt;img src=x onerror=');
		expect(html.replace(/<span class="tok-[a-z]+">|<\/span>/g, '')).not.toMatch(/[<>]/);
		expect(text(html)).toBe(sql);
	});

	it('escapes ampersands, so entities in SQL stay text', () => {
		expect(highlightSql("SELECT '&lt;' && x")).toBe('<span class="tok-keyword">SELECT</span> <span class="tok-string">\'&amp;lt;\'</span> &amp;&amp; x');
	});

	it('shows exactly the SQL it was given (any text, including unbalanced quotes and comments)', () => {
		// A deterministic pseudo-random sample of SQL-ish text.
		const alphabet = ["'", '"', '-', '/', '*', '$', '<', '>', '&', '\n', ' ', 'a', 'Z', '_', '1', '.', 'e', '(', ')', 'é', '融', ';'];
		let seed = 12345;
		const rand = () => ((seed = (seed * 1103515245 + 12345) % 2 ** 31) / 2 ** 31);
		for (let n = 0; n < 500; n++) {
			const sql = Array.from({ length: 1 + Math.floor(rand() * 40) }, () => alphabet[Math.floor(rand() * alphabet.length)]).join('');
			const html = highlightSql(sql);
			expect(text(html), JSON.stringify(sql)).toBe(sql);
			expect(html.replace(/<span class="tok-[a-z]+">|<\/span>/g, ''), JSON.stringify(sql)).not.toMatch(/[<>]/);
		}
	});
});
