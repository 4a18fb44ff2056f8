// A chapter's query by id, as the bare page runs it: the ```sql id=… block of the chapter's Markdown, its
// `$param`s replaced by their defaults (numbers as they are, the rest quoted) and its comment lines kept.

export function chapterQuery(markdown: string, id: string): string {
	const block = new RegExp('```sql id=' + id + '(?:\\s[^\\n]*)?\\n([\\s\\S]*?)\\n```').exec(markdown);
	if (!block) throw new Error(`No query ${id} in the chapter.`);
	const sql = block[1]!;
	const defaults = new Map<string, string>();
	for (const m of sql.matchAll(/^-- @param (\w+) (\w+) (\S+)/gm)) {
		const [, name, type, value] = m;
		defaults.set(name!, type === 'int' || type === 'number' ? value! : `'${value!.replace(/'/g, "''")}'`);
	}
	return sql.replace(/\$(\w+)/g, (whole, name: string) => {
		const v = defaults.get(name);
		if (v === undefined) throw new Error(`The query ${id} reads $${name}, which it does not declare.`);
		return v;
	});
}
