// mdsvex (remark) step: a ```sql id=<figure-id> fence is a figure's query, not prose.
// The Figure component shows it in its SQL panel, so the essay body must not print it twice.
// Plain ```sql fences without an id stay in the prose as ordinary code.

/** @param {{ type: string; lang?: string | null; meta?: string | null }} node */
export const isFigureSql = (node) =>
	node.type === 'code' && node.lang === 'sql' && /(^|\s)id=[\w-]+/.test(node.meta ?? '');

// Figure SQL must be a top-level block, where the figure parser (src/lib/figure/spec.ts) finds it too;
// one nested in a list or a quote would vanish from the page without a figure, so it fails the build.
export function remarkDropFigureSql() {
	/** @param {{ children?: any[] }} tree */
	return (tree) => {
		tree.children = (tree.children ?? []).filter((child) => !isFigureSql(child));
		const walk = (/** @type {{ children?: any[]; meta?: string }} */ node) => {
			for (const child of node.children ?? []) {
				if (isFigureSql(child)) throw new Error(`Figure SQL (${child.meta}) must be a top-level fenced block, not inside a list or a quote.`);
				walk(child);
			}
		};
		walk(tree);
	};
}
