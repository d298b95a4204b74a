import { useEffect, useMemo, useState } from 'preact/hooks';
import openapiDocument from '../../../../../openapi/saymon.openapi.json?url';
import type { SavedRequest } from '../../lib/collections.ts';
import { toOwn } from '../../lib/exchange/own.ts';
import { toPostman } from '../../lib/exchange/postman.ts';
import { useStore } from '../../state/store.ts';
import { loadCollectionsOnce } from '../collections/persist.ts';
import { collectionOf, type ExportSource, exportServer, fileStem, requestsOf, sameSource } from './actions.ts';

const DEFAULT_NAME = 'SAYMON playground';

/** A blob URL of a JSON value, revoked when the value changes or the panel goes. */
function useJsonFile(value: unknown): string | undefined {
  const [url, setUrl] = useState<string>();
  useEffect(() => {
    const made = URL.createObjectURL(new Blob([JSON.stringify(value, null, 2)], { type: 'application/json' }));
    setUrl(made);
    return () => URL.revokeObjectURL(made);
  }, [value]);
  return url;
}

function DownloadLink({ download, file, children }: { download: string | undefined; file: string; children: string }) {
  return (
    <a class="button-link" href={download} download={file}>
      {children}
    </a>
  );
}

function SourceRadio({
  label,
  checked,
  disabled,
  onPick,
}: {
  label: string;
  checked: boolean;
  disabled?: boolean;
  onPick(): void;
}) {
  return (
    <label>
      <input type="radio" name="export-source" checked={checked} disabled={disabled} onChange={onPick} /> {label}
    </label>
  );
}

export function ExportPanel({ imported }: { imported: readonly SavedRequest[] }) {
  const state = useStore((s) => s);
  const [source, setSource] = useState<ExportSource>('screen');
  // undefined: the chosen collection's own name (or the default), until the user types one
  const [typed, setTyped] = useState<string>();
  useEffect(() => {
    loadCollectionsOnce();
  }, []);
  const saved = collectionOf(state, source);
  const name = typed ?? saved?.name ?? DEFAULT_NAME;
  const collection = useMemo(
    () => ({ name: name.trim() || DEFAULT_NAME, requests: requestsOf(state, source, imported) }),
    [state.entries, state.states, state.endpointId, state.auth, state.collections, source, imported, name],
  );
  const postman = useMemo(() => toPostman(collection, exportServer(state)), [collection]);
  const own = useMemo(() => toOwn(collection), [collection]);
  const postmanUrl = useJsonFile(postman);
  const ownUrl = useJsonFile(own);
  const stem = fileStem(collection);
  const pick = (next: ExportSource) => {
    setSource(next);
    setTyped(undefined);
  };
  return (
    <div class="exchange-body">
      <fieldset>
        <legend>Requests to export</legend>
        <SourceRadio label="The request on screen" checked={source === 'screen'} onPick={() => pick('screen')} />
        <SourceRadio
          label={`History (${state.entries.length})`}
          checked={source === 'history'}
          onPick={() => pick('history')}
        />
        <SourceRadio
          label={`The last import (${imported.length})`}
          checked={source === 'imported'}
          disabled={imported.length === 0}
          onPick={() => pick('imported')}
        />
      </fieldset>
      <fieldset>
        <legend>Saved collections</legend>
        {state.collections.length === 0 ? (
          <span class="muted small">None yet: save requests under Collections, or save an import.</span>
        ) : (
          state.collections.map((c) => (
            <SourceRadio
              key={c.id}
              label={`${c.name} (${c.requests.length})`}
              checked={sameSource(source, { collection: c.id })}
              onPick={() => pick({ collection: c.id })}
            />
          ))
        )}
      </fieldset>
      <label for="export-name">Collection name</label>
      <input id="export-name" value={name} onInput={(e) => setTyped(e.currentTarget.value)} />
      <p class="muted small">
        {collection.requests.length} request{collection.requests.length === 1 ? '' : 's'}. Exports never hold a
        credential: passwords, tokens and session ids are left out as <code>[REDACTED]</code>, and no auth is written.
      </p>
      <div class="exchange-actions">
        <DownloadLink download={postmanUrl} file={`${stem}.postman_collection.json`}>
          Postman v2.1 collection
        </DownloadLink>
        <DownloadLink download={ownUrl} file={`${stem}.saymon-playground.json`}>
          Playground collection (JSON)
        </DownloadLink>
      </div>
      <h3>The API</h3>
      <p>
        <a class="button-link" href={openapiDocument} download="saymon.openapi.json">
          OpenAPI document
        </a>{' '}
        <span class="muted small">every endpoint of the registry, as OpenAPI 3.1 (≈ 1 MB)</span>
      </p>
    </div>
  );
}
