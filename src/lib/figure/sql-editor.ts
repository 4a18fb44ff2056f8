// CodeMirror 6 with DuckDB-flavoured SQL highlighting. Loaded only when a reader presses Edit (a figure) or opens
// the playground, which also gives it the live engine's tables and columns for completion (setSchema).
import { EditorView, basicSetup } from 'codemirror';
import { keymap } from '@codemirror/view';
import { Compartment, Prec } from '@codemirror/state';
import { sql, PostgreSQL, type SQLNamespace } from '@codemirror/lang-sql';

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
