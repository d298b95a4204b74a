import { json, jsonParseLinter } from '@codemirror/lang-json';
import { linter } from '@codemirror/lint';
import { basicSetup, EditorView } from 'codemirror';

export function createJsonEditor(parent: HTMLElement, text: string, label: string, onChange: (text: string) => void) {
  const view = new EditorView({
    doc: text,
    parent,
    extensions: [
      basicSetup,
      json(),
      linter(jsonParseLinter()),
      EditorView.contentAttributes.of({ 'aria-label': label }),
      EditorView.updateListener.of((update) => {
        if (update.docChanged) onChange(update.state.doc.toString());
      }),
    ],
  });
  return {
    destroy: () => view.destroy(),
    text: () => view.state.doc.toString(),
    setText: (next: string) => view.dispatch({ changes: { from: 0, to: view.state.doc.length, insert: next } }),
  };
}
