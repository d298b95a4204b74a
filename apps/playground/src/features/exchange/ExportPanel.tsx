import { useEffect, useMemo, useState } from 'preact/hooks';
import openapiDocument from '../../../../../openapi/saymon.openapi.json?url';
import { toOwn } from '../../lib/exchange/own.ts';
import { toPostman } from '../../lib/exchange/postman.ts';
import type { SavedRequestLike } from '../../lib/exchange/types.ts';
import { useStore } from '../../state/store.ts';
import { type ExportSource, exportServer, fileStem, requestsOf } from './actions.ts';

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

export function ExportPanel({ imported }: { imported: readonly SavedRequestLike[] }) {
  const state = useStore((s) => s);
  const [source, setSource] = useState<ExportSource>('screen');
  const [name, setName] = useState('SAYMON playground');
  const collection = useMemo(
    () => ({ name: name.trim() || 'SAYMON playground', requests: requestsOf(state, source, imported) }),
    [state.entries, state.states, state.endpointId, state.auth, source, imported, name],
  );
  const postman = useMemo(() => toPostman(collection, exportServer(state)), [collection]);
  const own = useMemo(() => toOwn(collection), [collection]);
  const postmanUrl = useJsonFile(postman);
  const ownUrl = useJsonFile(own);
  const stem = fileStem(collection);
  return (
    <div class="exchange-body">
      <fieldset>
        <legend>Requests to export</legend>
        <label>
          <input type="radio" name="export-source" checked={source === 'screen'} onChange={() => setSource('screen')} />{' '}
          The request on screen
        </label>
        <label>
          <input
            type="radio"
            name="export-source"
            checked={source === 'history'}
            onChange={() => setSource('history')}
          />{' '}
          History ({state.entries.length})
        </label>
        <label>
          <input
            type="radio"
            name="export-source"
            checked={source === 'imported'}
            disabled={imported.length === 0}
            onChange={() => setSource('imported')}
          />{' '}
          The last import ({imported.length})
        </label>
      </fieldset>
      <label for="export-name">Collection name</label>
      <input id="export-name" value={name} onInput={(e) => setName(e.currentTarget.value)} />
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
