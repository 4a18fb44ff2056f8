// CodeMirror 6 with DuckDB-flavoured SQL highlighting. Loaded only when a reader presses Edit.
import { EditorView, basicSetup } from 'codemirror';
import { keymap } from '@codemirror/view';
import { Prec } from '@codemirror/state';
import { sql, PostgreSQL } from '@codemirror/lang-sql';

export interface SqlEditor {
	get(): string;
	set(text: string): void;
	focus(): void;
	destroy(): void;
}

export function createSqlEditor(parent: HTMLElement, doc: string, onRun: () => void, label: string): SqlEditor {
	const view = new EditorView({
		doc,
		parent,
		extensions: [
			basicSetup,
			sql({ dialect: PostgreSQL }),
			EditorView.lineWrapping,
			EditorView.contentAttributes.of({ 'aria-label': label }),
			Prec.highest(keymap.of([{ key: 'Mod-Enter', run: () => (onRun(), true) }]))
		]
	});
	return {
		get: () => view.state.doc.toString(),
		set: (text) => view.dispatch({ changes: { from: 0, to: view.state.doc.length, insert: text } }),
		focus: () => view.focus(),
		destroy: () => view.destroy()
	};
}
