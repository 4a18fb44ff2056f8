// mdsvex (remark) step: a ```sql id=<figure-id> fence is a figure's query, not prose.
// The Figure component shows it in its SQL panel, so the essay body must not print it twice.
// Plain ```sql fences without an id stay in the prose as ordinary code.

/** @param {{ type: string; lang?: string | null; meta?: string | null }} node */
export const isFigureSql = (node) =>
	node.type === 'code' && node.lang === 'sql' && /(^|\s)id=[\w-]+/.test(node.meta ?? '');

export function remarkDropFigureSql() {
	/** @param {{ children?: any[] }} tree */
	return (tree) => {
		const walk = (/** @type {{ children?: any[] }} */ node) => {
			if (!node.children) return;
			node.children = node.children.filter((child) => !isFigureSql(child));
			node.children.forEach(walk);
		};
		walk(tree);
	};
}
