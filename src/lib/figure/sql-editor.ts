// CodeMirror 6 with DuckDB-flavoured SQL highlighting. Loaded only when a reader presses Edit (a figure) or opens
// the playground, which also gives it every table's columns for completion (setSchema).
import { EditorView, basicSetup } from 'codemirror';
import { keymap } from '@codemirror/view';
import { Compartment, Prec } from '@codemirror/state';
import { sql, PostgreSQL, type SQLNamespace } from '@codemirror/lang-sql';
import { HighlightStyle, syntaxHighlighting } from '@codemirror/language';
import { tags } from '@lezer/highlight';

// The site's token colours (app.css, light-dark() variables), so the editor follows dark mode with the contrast of
// the read-only view; CodeMirror's default style is for light backgrounds only. Tokens not listed keep the text colour.
const siteHighlight = HighlightStyle.define([
	{ tag: tags.keyword, color: 'var(--tok-keyword)', fontWeight: '600' },
	{ tag: [tags.string, tags.special(tags.string)], color: 'var(--tok-string)' },
	{ tag: [tags.number, tags.bool, tags.null, tags.atom], color: 'var(--tok-number)' },
	{ tag: tags.comment, color: 'var(--tok-comment)', fontStyle: 'italic' },
	{ tag: [tags.special(tags.name), tags.special(tags.variableName)], color: 'var(--tok-param)', fontWeight: '600' },
	{ tag: [tags.typeName, tags.standard(tags.name), tags.function(tags.variableName)], color: 'var(--tok-function)' }
]);
const siteTheme = EditorView.theme({
	'&': { color: 'var(--fg)', backgroundColor: 'var(--code-bg)' },
	'.cm-content': { caretColor: 'var(--fg)' },
	'.cm-cursor, .cm-dropCursor': { borderLeftColor: 'var(--fg)' },
	'.cm-gutters': { backgroundColor: 'var(--code-bg)', color: 'var(--muted)', borderRight: '1px solid var(--rule)' },
	// No tint behind the active line: it would lower the comments' contrast below 4.5:1; the gutter marks it.
	'.cm-activeLine': { backgroundColor: 'transparent' },
	'.cm-activeLineGutter': { backgroundColor: 'var(--rule)', color: 'var(--fg)' },
	'&.cm-focused .cm-selectionBackground, .cm-selectionBackground': { backgroundColor: 'color-mix(in srgb, var(--tok-function) 28%, transparent)' },
	'.cm-tooltip': { backgroundColor: 'var(--bg)', color: 'var(--fg)', border: '1px solid var(--rule)' }
});

export interface SqlEditor {
	get(): string;
	set(text: string): void;
	focus(): void;
	/** Put text at the cursor (replacing the selection). */
	insert(text: string): void;
	/** Tables (and their columns) offered by completion. */
	setSchema(schema: SQLNamespace): void;
	destroy(): void;
}

export function createSqlEditor(parent: HTMLElement, doc: string, onRun: () => void, label: string, onChange?: (text: string) => void): SqlEditor {
	const language = new Compartment();
	const view = new EditorView({
		doc,
		parent,
		extensions: [
			basicSetup,
			syntaxHighlighting(siteHighlight),
			siteTheme,
			language.of(sql({ dialect: PostgreSQL })),
			EditorView.lineWrapping,
			EditorView.contentAttributes.of({ 'aria-label': label }),
			Prec.highest(keymap.of([{ key: 'Mod-Enter', run: () => (onRun(), true) }])),
			onChange ? EditorView.updateListener.of((u) => u.docChanged && onChange(u.state.doc.toString())) : []
		]
	});
	return {
		get: () => view.state.doc.toString(),
		set: (text) => view.dispatch({ changes: { from: 0, to: view.state.doc.length, insert: text } }),
		focus: () => view.focus(),
		insert: (text) => view.dispatch(view.state.replaceSelection(text), { scrollIntoView: true }),
		setSchema: (schema) => view.dispatch({ effects: language.reconfigure(sql({ dialect: PostgreSQL, schema })) }),
		destroy: () => view.destroy()
	};
}
