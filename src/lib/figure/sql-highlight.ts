// A small SQL highlighter for the read-only query view (server and browser), so CodeMirror loads only
// when a reader presses Edit. Output is escaped HTML with <span class="tok-…"> around tokens.

const KEYWORDS = new Set(
	('select from where group by order having limit offset with as and or not in is null case when then else end join left right inner outer full cross on using union all distinct over partition rows range between preceding following current row window qualify filter asc desc nulls first last cast try_cast like ilike exists any true false interval date values create table view insert into update delete drop replace if set pivot unpivot lateral recursive').split(' ')
);
const TOKEN = /(--[^\n]*|\/\*[\s\S]*?\*\/)|('(?:[^']|'')*'?)|("(?:[^"]|"")*"?)|(\$[A-Za-z_]\w*)|(\b\d+(?:\.\d+)?(?:e[+-]?\d+)?\b)|([A-Za-z_][\w]*)/gi;

const escape = (s: string) => s.replaceAll('&', '&amp;').replaceAll('<', '&lt;').replaceAll('>', '&gt;');

export function highlightSql(sql: string): string {
	let out = '';
	let last = 0;
	for (const m of sql.matchAll(TOKEN)) {
		out += escape(sql.slice(last, m.index));
		const [text, comment, str, quoted, param, num, word] = m;
		const cls = comment ? 'comment' : str ? 'string' : quoted ? 'name' : param ? 'param' : num ? 'number' : word && KEYWORDS.has(word.toLowerCase()) ? 'keyword' : word && sql[m.index! + text.length] === '(' ? 'function' : null;
		out += cls ? `<span class="tok-${cls}">${escape(text)}</span>` : escape(text);
		last = m.index! + text.length;
	}
	return out + escape(sql.slice(last));
}
