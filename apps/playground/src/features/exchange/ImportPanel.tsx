import { useState } from 'preact/hooks';
import { cleanName, type SavedRequest } from '../../lib/collections.ts';
import { importText } from '../../lib/exchange/import.ts';
import type { ImportReport } from '../../lib/exchange/types.ts';
import { endpointById } from '../../lib/registry.ts';
import { SaveImport } from './SaveImport.tsx';

const FORMATS: Record<ImportReport['format'], string> = {
  curl: 'curl',
  postman: 'a Postman collection',
  openapi: 'OpenAPI',
  saymon: 'a playground collection',
};
const plural = (n: number, word: string) => `${n} ${word}${n === 1 ? '' : 's'}`;

interface Props {
  report: ImportReport | undefined;
  onReport(report: ImportReport | undefined): void;
  onOpen(request: SavedRequest): void;
}

export function ImportPanel({ report, onReport, onOpen }: Props) {
  const [text, setText] = useState('');
  const [error, setError] = useState<string>();
  const run = (value: string) => {
    try {
      onReport(importText(value));
      setError(undefined);
    } catch (caught) {
      onReport(undefined);
      setError(caught instanceof Error ? caught.message : String(caught));
    }
  };
  const readFile = async (file: File | undefined) => {
    if (!file) return;
    const content = await file.text();
    setText(content);
    run(content);
  };
  return (
    <div class="exchange-body">
      <form
        onSubmit={(e) => {
          e.preventDefault();
          run(text);
        }}
      >
        <label for="import-text">
          A curl command, a Postman v2.1 collection, an OpenAPI document or operation (or an operationId of ours, or{' '}
          <code>GET /node/api/objects/{'{id}'}</code>), or a playground collection
        </label>
        <textarea
          id="import-text"
          rows={8}
          spellcheck={false}
          value={text}
          onInput={(e) => setText(e.currentTarget.value)}
        />
        <div class="exchange-actions">
          <button type="submit" class="primary">
            Import
          </button>
          <label class="file-pick">
            or a file{' '}
            <input type="file" accept=".json,.txt,.sh,.curl" onChange={(e) => readFile(e.currentTarget.files?.[0])} />
          </label>
        </div>
      </form>
      {error ? (
        <p role="alert" class="error-text">
          {error}
        </p>
      ) : null}
      {report ? <ImportResult report={report} onOpen={onOpen} /> : null}
    </div>
  );
}

function ImportResult({ report, onOpen }: { report: ImportReport; onOpen(request: SavedRequest): void }) {
  return (
    <section aria-label="Import result">
      <p role="status">
        From {FORMATS[report.format]}
        {report.name ? ` “${report.name}”` : ''}: {plural(report.requests.length, 'request')} imported
        {report.unmatched.length ? `, ${report.unmatched.length} not matched` : ''}
        {report.dropped.length ? `, ${plural(report.dropped.length, 'credential')} dropped` : ''}.
      </p>
      {report.requests.length ? (
        <ul class="imported" aria-label="Imported requests">
          {report.requests.map((request, i) => {
            const endpoint = endpointById(request.endpointId);
            return (
              <li key={`${i}-${request.endpointId}`}>
                <span class="method-text">{endpoint?.method}</span>
                <span class="title">{request.name}</span>
                <code class="small">{request.endpointId}</code>
                <button type="button" onClick={() => onOpen(request)} aria-label={`Open ${request.name}`}>
                  Open
                </button>
              </li>
            );
          })}
        </ul>
      ) : null}
      {report.requests.length ? (
        <SaveImport
          requests={report.requests}
          suggested={cleanName(report.name ?? '') || `Imported from ${FORMATS[report.format]}`}
        />
      ) : null}
      {report.unmatched.length ? (
        <>
          <h3>Not matched (no endpoint of the registry; not imported)</h3>
          <ul aria-label="Not matched">
            {report.unmatched.map((u, i) => (
              <li key={`${i}-${u.request}`}>
                {u.name !== u.request ? <strong>{u.name} </strong> : null}
                <code>{u.request}</code>: {u.reason}
              </li>
            ))}
          </ul>
        </>
      ) : null}
      {report.dropped.length ? (
        <>
          <h3>Credentials dropped</h3>
          <p class="muted small">
            Credentials are never imported: give them under Auth; a dropped field asks for its value.
          </p>
          <ul aria-label="Credentials dropped">
            {report.dropped.map((d, i) => (
              <li key={`${i}-${d}`}>{d}</li>
            ))}
          </ul>
        </>
      ) : null}
    </section>
  );
}
