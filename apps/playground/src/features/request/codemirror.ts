import { json, jsonParseLinter } from '@codemirror/lang-json';
import { HighlightStyle, syntaxHighlighting } from '@codemirror/language';
import { linter } from '@codemirror/lint';
import { Prec } from '@codemirror/state';
import { EditorView, keymap } from '@codemirror/view';
import { tags } from '@lezer/highlight';
import { basicSetup } from 'codemirror';

/** JSON colours from the page's theme variables: readable in light and dark alike. */
const jsonColours = HighlightStyle.define([
  { tag: tags.propertyName, color: 'var(--tree-key)' },
  { tag: tags.string, color: 'var(--tree-string)' },
  { tag: [tags.number, tags.bool, tags.null], color: 'var(--tree-number)' },
  { tag: [tags.brace, tags.squareBracket, tags.separator, tags.punctuation], color: 'var(--text)' },
  { tag: tags.invalid, color: 'var(--err)' },
]);

/** The editor's colours from the page's theme variables (light and dark alike). */
const pageTheme = EditorView.theme({
  '&': { color: 'var(--text)', backgroundColor: 'var(--panel)' },
  '.cm-content': { caretColor: 'var(--text)' },
  '.cm-cursor, .cm-dropCursor': { borderLeftColor: 'var(--text)' },
  '.cm-gutters': { backgroundColor: 'var(--code-bg)', color: 'var(--muted)', borderRight: '1px solid var(--border)' },
  '.cm-activeLine': { backgroundColor: 'color-mix(in srgb, var(--accent) 8%, transparent)' },
  '.cm-activeLineGutter': {
    backgroundColor: 'color-mix(in srgb, var(--accent) 14%, transparent)',
    color: 'var(--text)',
  },
  '&.cm-focused .cm-selectionBackground, .cm-selectionBackground, ::selection': {
    backgroundColor: 'color-mix(in srgb, var(--accent) 30%, transparent)',
  },
});

export function createJsonEditor(parent: HTMLElement, text: string, label: string, onChange: (text: string) => void) {
  const view = new EditorView({
    doc: text,
    parent,
    extensions: [
      // Ctrl/⌘+Enter sends (the page's shortcut): the editor must not also insert a line
      Prec.highest(keymap.of([{ key: 'Mod-Enter', run: () => true }])),
      basicSetup,
      json(),
      linter(jsonParseLinter()),
      pageTheme,
      Prec.high(syntaxHighlighting(jsonColours)),
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
