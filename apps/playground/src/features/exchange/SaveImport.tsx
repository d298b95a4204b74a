import { useEffect, useRef, useState } from 'preact/hooks';
import type { SavedRequest } from '../../lib/collections.ts';
import { useStore } from '../../state/store.ts';
import { loadCollectionsOnce } from '../collections/persist.ts';
import { saveImported } from './actions.ts';

const plural = (n: number) => `${n} request${n === 1 ? '' : 's'}`;

/** The imported requests saved as a new collection or into an existing one; the outcome said in words. */
export function SaveImport({ requests, suggested }: { requests: readonly SavedRequest[]; suggested: string }) {
  const collections = useStore((s) => s.collections);
  const [mode, setMode] = useState<'new' | 'existing'>('new');
  const [name, setName] = useState(suggested);
  const [chosen, setChosen] = useState('');
  const [outcome, setOutcome] = useState<{ ok: boolean; message: string }>();
  const said = useRef<HTMLParagraphElement>(null);
  // the message may be below the dialog's fold (a narrow window): brought into view
  useEffect(() => {
    if (outcome) said.current?.scrollIntoView({ block: 'nearest' });
  }, [outcome]);
  useEffect(() => {
    loadCollectionsOnce();
  }, []);
  useEffect(() => {
    setName(suggested);
    setOutcome(undefined);
  }, [requests, suggested]);
  const existing = collections.find((c) => c.id === chosen) ?? collections[0];
  const save = async () => {
    const target =
      mode === 'new' ? { kind: 'new' as const, name } : { kind: 'existing' as const, id: existing?.id ?? '' };
    setOutcome(await saveImported(target, requests));
  };
  return (
    // no form element: nothing here may submit or navigate (test/hostile/network-paths)
    <fieldset class="save-import">
      <legend>Save the {plural(requests.length)} in a collection</legend>
      <div class="save-import-row">
        <label>
          <input type="radio" name="save-import" checked={mode === 'new'} onChange={() => setMode('new')} /> a new
          collection
        </label>
        <label class="sr-only" for="save-import-name">
          Name of the new collection
        </label>
        <input
          id="save-import-name"
          value={name}
          disabled={mode !== 'new'}
          onInput={(e) => setName(e.currentTarget.value)}
        />
      </div>
      <div class="save-import-row">
        <label>
          <input
            type="radio"
            name="save-import"
            checked={mode === 'existing'}
            disabled={collections.length === 0}
            onChange={() => setMode('existing')}
          />{' '}
          an existing one
        </label>
        <label class="sr-only" for="save-import-into">
          Existing collection
        </label>
        <select
          id="save-import-into"
          value={existing?.id ?? ''}
          disabled={mode !== 'existing' || collections.length === 0}
          onChange={(e) => setChosen(e.currentTarget.value)}
        >
          {collections.length === 0 ? <option value="">(no saved collection yet)</option> : null}
          {collections.map((c) => (
            <option key={c.id} value={c.id}>
              {c.name} ({plural(c.requests.length)})
            </option>
          ))}
        </select>
      </div>
      <div class="exchange-actions">
        <button type="button" onClick={save}>
          Save {plural(requests.length)}
        </button>
        <span class="muted small">Credentials are never saved.</span>
      </div>
      <p ref={said} role="status" class={outcome && !outcome.ok ? 'error-text' : 'small'}>
        {outcome?.message ?? ''}
      </p>
    </fieldset>
  );
}
