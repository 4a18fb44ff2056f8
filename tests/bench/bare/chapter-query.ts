// A chapter's query by id, as the bare page runs it: the essay's ```sql id=… block with its default values (and
// those of the steps it uses) written in as literals, by the site's own parser and parameter compiler.
import { compileParams } from '../../../src/lib/db/params';
import { parseFigureBlocks, queryDefaults } from '../../../src/lib/figure/spec';

export function chapterQuery(markdown: string, id: string): string {
	const specs = parseFigureBlocks(markdown);
	const spec = specs.find((s) => s.id === id);
	if (!spec) throw new Error(`No query ${id} in the chapter.`);
	return compileParams(spec.sql, queryDefaults(spec, specs)).sql.trimEnd();
}
