import type { RequestExample } from '@saymon-sdk/core/docs';

/** A short label of a documented example for the choice. */
export function exampleLabel(example: RequestExample, index: number): string {
  const title = example.title && example.title.length > 60 ? `${example.title.slice(0, 57)}…` : example.title;
  return `Docs example ${index + 1}${title ? `: ${title}` : ''}`;
}

interface Props {
  examples: readonly RequestExample[];
  /** Which one the form started from: its index, `empty`, or `own` (a replayed or shared request). */
  example: number | 'empty' | 'own';
  onExample(choice: number | 'empty'): void;
  /** Shown under the choice (the docs' ids are not the target's). */
  note?: string;
}

/** "Start from": the docs' examples of the endpoint, or an empty form. */
export function ExampleChoice({ examples, example, onExample, note }: Props) {
  return (
    <div class="examples">
      <label for="example">Start from</label>
      <select
        id="example"
        value={String(example)}
        onChange={(e) => {
          const value = (e.target as HTMLSelectElement).value;
          if (value !== 'own') onExample(value === 'empty' ? 'empty' : Number(value));
        }}
      >
        {example === 'own' ? <option value="own">Your request (history or link)</option> : null}
        {examples.map((item, i) => (
          <option key={i} value={String(i)} title={item.title}>
            {exampleLabel(item, i)}
          </option>
        ))}
        <option value="empty">Empty form</option>
      </select>
      <button type="button" onClick={() => onExample('empty')} disabled={example === 'empty'}>
        Clear form
      </button>
      {note ? (
        <p class="muted small example-note" role="note">
          {note}
        </p>
      ) : null}
    </div>
  );
}
