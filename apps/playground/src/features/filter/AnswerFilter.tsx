/**
 * A jq filter over a JSON answer. jq (`run-jq.ts`, jq-wasm) is fetched on the first filter; the result is shown in
 * the same virtualized tree as the answer (one output as itself, several as a list), a scalar as text, and jq's own
 * message when the filter does not compile or fails. Clearing the filter shows the whole answer again.
 */
import type { ComponentChildren } from 'preact';
import { useEffect, useState } from 'preact/hooks';
import { JsonTree } from '../response/tree/JsonTree.tsx';
import type { Expansion } from '../response/tree/model.ts';
import { type AnswerSource, openJson } from '../response/tree/source.ts';

type Filtered =
  | { kind: 'tree'; filter: string; count: number; source: AnswerSource; expansion: Expansion }
  | { kind: 'text'; filter: string; count: number; text: string }
  | { kind: 'error'; filter: string; message: string };

async function filtered(answer: Uint8Array, filter: string): Promise<Filtered> {
  const { runJq } = await import('./run-jq.ts');
  const result = await runJq(answer, filter);
  if (!result.ok) return { kind: 'error', filter, message: result.message };
  const count = result.values.length;
  const value = count === 1 ? result.values[0] : result.values;
  if (value === null || typeof value !== 'object') return { kind: 'text', filter, count, text: JSON.stringify(value) };
  const opened = await openJson(new TextEncoder().encode(JSON.stringify(value)), undefined, false);
  if (opened.opened.kind !== 'tree' || !opened.source) return { kind: 'text', filter, count, text: '' };
  return { kind: 'tree', filter, count, source: opened.source, expansion: opened.opened.expansion };
}

export const FILTER_ID = 'answer-filter';

export function AnswerFilter({ answer, children }: { answer: Uint8Array; children: ComponentChildren }) {
  const [filter, setFilter] = useState('');
  const [shown, setShown] = useState<Filtered | undefined>();
  const [busy, setBusy] = useState(false);
  useEffect(() => {
    setShown(undefined);
    setFilter('');
  }, [answer]);
  useEffect(() => () => (shown?.kind === 'tree' ? shown.source.close() : undefined), [shown]);

  // no form element: nothing here may submit or navigate (test/hostile/network-paths); Enter in the field filters
  const apply = async () => {
    const text = filter.trim();
    if (!text || text === '.') return setShown(undefined);
    setBusy(true);
    try {
      setShown(await filtered(answer, text));
    } catch (error) {
      setShown({ kind: 'error', filter: text, message: `jq did not load: ${(error as Error).message}` });
    } finally {
      setBusy(false);
    }
  };
  const results = (count: number) => `${count} ${count === 1 ? 'result' : 'results'}`;

  return (
    <>
      <div class="answer-filter" role="group" aria-label="Filter the answer">
        <label for={FILTER_ID}>jq filter</label>
        <input
          id={FILTER_ID}
          type="text"
          spellcheck={false}
          autocomplete="off"
          placeholder=".[] | {id, name}"
          value={filter}
          onInput={(e) => setFilter((e.target as HTMLInputElement).value)}
          onKeyDown={(e) => {
            if (e.key === 'Enter' && !(e.ctrlKey || e.metaKey)) apply();
          }}
        />
        <button type="button" disabled={busy} onClick={apply}>
          {busy ? 'Filtering…' : 'Filter'}
        </button>
        {shown ? (
          <button
            type="button"
            onClick={() => {
              setFilter('');
              setShown(undefined);
            }}
          >
            Show all
          </button>
        ) : null}
      </div>
      {shown?.kind === 'error' ? (
        <p class="error-text filter-error" role="alert">
          {shown.message}
        </p>
      ) : null}
      {shown?.kind === 'tree' ? (
        <section aria-label="Filtered answer">
          <p class="muted small" role="status">
            <code>{shown.filter}</code>: {results(shown.count)}
          </p>
          <JsonTree key={shown.source} source={shown.source} initial={shown.expansion} />
        </section>
      ) : shown?.kind === 'text' ? (
        <section aria-label="Filtered answer">
          <p class="muted small" role="status">
            <code>{shown.filter}</code>: {results(shown.count)}
          </p>
          <pre class="raw">{shown.text}</pre>
        </section>
      ) : (
        children
      )}
    </>
  );
}
