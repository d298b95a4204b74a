import type { JsonSchema } from '@saymon-sdk/core/json-schema';
import { useEffect, useMemo, useState } from 'preact/hooks';
import { allExpanded, collapseAllNested, darkStyles, defaultStyles, JsonView } from 'react-json-view-lite';
import type { Outcome } from '../../lib/send.ts';
import { unknownFields } from '../../lib/verdict.ts';

/** Answers larger than this are shown as raw text with a download, not as a tree. */
export const TREE_LIMIT = 2 * 1024 * 1024;
const RAW_PREVIEW = 256 * 1024;

export function formatBytes(n: number): string {
  if (n < 1024) return `${n} B`;
  if (n < 1024 * 1024) return `${(n / 1024).toFixed(1)} KiB`;
  return `${(n / 1024 / 1024).toFixed(2)} MiB`;
}

interface Props {
  outcome: Outcome | undefined;
  responseSchema?: JsonSchema;
  dark: boolean;
  /** Fetches a file the answer points to (an uploaded document's `/node-resources/docs/...`). */
  onDownload?(path: string): void;
}

/** The name a downloaded answer is saved under: the last segment of its path, else `response.bin`. */
function fileName(url: string): string {
  try {
    const last = new URL(url, 'http://x').pathname.split('/').pop();
    return last ? decodeURIComponent(last) : 'response.bin';
  } catch {
    return 'response.bin';
  }
}

/** The server path of an uploaded document's file, when the answer is such a document. */
export function documentFilePath(value: unknown): string | undefined {
  const path = (value as { value?: unknown } | null)?.value;
  return typeof value === 'object' && typeof path === 'string' && /^\/node-resources\/docs\//.test(path)
    ? path
    : undefined;
}

function isText(contentType: string) {
  return /json|text|xml|javascript|html/.test(contentType) || contentType === '';
}

export function ResponseView({ outcome, responseSchema, dark, onDownload }: Props) {
  const [tab, setTab] = useState<'body' | 'headers'>('body');
  const exchange = outcome?.kind === 'sent' ? outcome.exchange : undefined;
  const decoded = useMemo(() => {
    if (!exchange) return undefined;
    const size = exchange.body.byteLength;
    if (!isText(exchange.contentType)) return { kind: 'binary' as const, size };
    if (size > TREE_LIMIT)
      return { kind: 'large' as const, size, text: new TextDecoder().decode(exchange.body.subarray(0, RAW_PREVIEW)) };
    const text = new TextDecoder().decode(exchange.body);
    if (/json/.test(exchange.contentType) && text.trim() !== '') {
      try {
        return { kind: 'json' as const, size, text, value: JSON.parse(text) as unknown };
      } catch {}
    }
    return { kind: 'text' as const, size, text };
  }, [exchange]);
  const [download, setDownload] = useState<string | undefined>();
  useEffect(() => {
    if (!exchange || !decoded || (decoded.kind !== 'large' && decoded.kind !== 'binary')) return setDownload(undefined);
    const url = URL.createObjectURL(
      new Blob([exchange.body as BlobPart], { type: exchange.contentType || 'application/octet-stream' }),
    );
    setDownload(url);
    return () => URL.revokeObjectURL(url);
  }, [exchange, decoded]);

  if (!outcome) {
    return (
      <section class="panel response" aria-label="Response">
        <p class="muted">Send the request to see the answer here.</p>
      </section>
    );
  }
  if (outcome.kind === 'blocked') {
    return (
      <section class="panel response" aria-label="Response">
        <div class="status blocked" role="status">
          Blocked
        </div>
        <p>{outcome.message}</p>
      </section>
    );
  }
  if (outcome.kind === 'invalid') {
    return (
      <section class="panel response" aria-label="Response">
        <div class="status invalid" role="status">
          Not sent: the SDK refused the input
        </div>
        <p class="mono small">{outcome.message}</p>
      </section>
    );
  }
  const unknown =
    outcome.verdict.kind === 'conforms' && decoded?.kind === 'json' && responseSchema
      ? unknownFields(responseSchema, decoded.value)
      : [];
  const filePath = outcome.label ? undefined : documentFilePath(outcome.value);
  const status = exchange?.status;
  const statusClass = status === undefined ? 'error' : status < 300 ? 'ok' : status < 500 ? 'client-error' : 'error';
  return (
    <section class="panel response" aria-label="Response">
      <div class="response-head">
        <div class={`status ${statusClass}`} role="status" aria-label="Status">
          {status !== undefined ? `${status} ${exchange?.statusText || statusText(status)}` : outcome.error?.name}
        </div>
        {exchange ? (
          <>
            <span class="metric" title="duration">
              {exchange.durationMs.toFixed(0)} ms
            </span>
            <span class="metric" title="size">
              {formatBytes(exchange.body.byteLength)}
            </span>
          </>
        ) : null}
        {outcome.label ? <code class="small">{outcome.label}</code> : null}
        {outcome.before ? <span class="muted small">after {outcome.before} login request</span> : null}
        <Verdict outcome={outcome} unknown={unknown} />
      </div>
      {filePath && onDownload ? (
        <div class="file-link small">
          <button type="button" onClick={() => onDownload(filePath)}>
            Download the document’s file
          </button>
          <span class="muted">
            GET <code>{filePath}</code>, with the same credentials
          </span>
        </div>
      ) : null}
      {outcome.error ? (
        <div class="error-box" role="alert">
          <strong>{outcome.error.name}</strong>: {outcome.error.message}
        </div>
      ) : null}
      {exchange ? (
        <>
          <div class="tabs" role="tablist" aria-label="Response parts">
            <button type="button" role="tab" aria-selected={tab === 'body'} onClick={() => setTab('body')}>
              Body
            </button>
            <button type="button" role="tab" aria-selected={tab === 'headers'} onClick={() => setTab('headers')}>
              Headers ({exchange.headers.length})
            </button>
          </div>
          {tab === 'headers' ? (
            <table class="headers">
              <tbody>
                {exchange.headers.map(([n, v]) => (
                  <tr key={n}>
                    <th>{n}</th>
                    <td>{v}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          ) : decoded?.kind === 'json' && decoded.value !== null && typeof decoded.value === 'object' ? (
            <section class="json-tree" aria-label="Response body">
              <JsonView
                data={decoded.value as object}
                shouldExpandNode={decoded.size > 200_000 ? collapseAllNested : allExpanded}
                style={dark ? darkStyles : defaultStyles}
              />
            </section>
          ) : decoded?.kind === 'large' ? (
            <div>
              <p class="warning">
                {formatBytes(decoded.size)}: too large for a tree. The first {formatBytes(RAW_PREVIEW)} as text;{' '}
                <a href={download} download="response.json">
                  download the whole answer
                </a>
                .
              </p>
              <section aria-label="Response body">
                <pre class="raw">{decoded.text}</pre>
              </section>
            </div>
          ) : decoded?.kind === 'binary' ? (
            <section aria-label="Response body">
              <p>
                Binary answer ({exchange.contentType || 'unknown type'}, {formatBytes(decoded.size)}).{' '}
                <a href={download} download={fileName(exchange.url)}>
                  Download
                </a>
              </p>
              {download && /^image\/(png|jpeg|gif|webp|bmp|x-icon)$/.test(exchange.contentType.split(';')[0] ?? '') ? (
                <img
                  class="image-answer"
                  src={download}
                  alt={`Answer: ${fileName(exchange.url)}, ${formatBytes(decoded.size)}`}
                />
              ) : null}
            </section>
          ) : (
            <section aria-label="Response body">
              <pre class="raw">{decoded?.text || '(empty body)'}</pre>
            </section>
          )}
        </>
      ) : null}
    </section>
  );
}

function Verdict({ outcome, unknown }: { outcome: Extract<Outcome, { kind: 'sent' }>; unknown: string[] }) {
  const verdict = outcome.verdict;
  if (verdict.kind === 'none') return null;
  if (verdict.kind === 'violations') {
    return (
      <details class="verdict violations">
        <summary>Schema: {verdict.issues.length} violation(s)</summary>
        <ul>
          {verdict.issues.slice(0, 30).map((i) => (
            <li key={i.path.join('.') + i.message}>
              <code>{i.path.join('.') || '(root)'}</code>: {i.message}
            </li>
          ))}
        </ul>
      </details>
    );
  }
  if (unknown.length) {
    return (
      <details class="verdict unknown">
        <summary>Schema: conforms, {unknown.length} unknown field(s)</summary>
        <ul>
          {unknown.map((p) => (
            <li key={p}>
              <code>{p}</code>
            </li>
          ))}
        </ul>
      </details>
    );
  }
  return <span class="verdict conforms">Schema: conforms</span>;
}

const STATUS: Record<number, string> = {
  200: 'OK',
  201: 'Created',
  204: 'No Content',
  400: 'Bad Request',
  401: 'Unauthorized',
  403: 'Forbidden',
  404: 'Not Found',
  409: 'Conflict',
  413: 'Payload Too Large',
  500: 'Internal Server Error',
  502: 'Bad Gateway',
  503: 'Service Unavailable',
};
const statusText = (status: number) => STATUS[status] ?? '';
