import type { JsonSchema } from '@saymon-sdk/core/json-schema';
import { useState } from 'preact/hooks';
import type { Exchange, Outcome } from '../../lib/send.ts';
import { AnswerBody } from './AnswerBody.tsx';
import { formatBytes, statusText } from './status-text.ts';
import { useAnswer } from './useAnswer.ts';
import { Verdict } from './Verdict.tsx';

interface Props {
  outcome: Outcome | undefined;
  responseSchema?: JsonSchema;
  /** Fetches a file the answer points to (an uploaded document's `/node-resources/docs/...`). */
  onDownload?(path: string): void;
}

/** The server path of an uploaded document's file, when the answer is such a document. */
export function documentFilePath(value: unknown): string | undefined {
  const path = (value as { value?: unknown } | null)?.value;
  return typeof value === 'object' && typeof path === 'string' && /^\/node-resources\/docs\//.test(path)
    ? path
    : undefined;
}

function Plain({ children }: { children: preact.ComponentChildren }) {
  return (
    <section class="panel response" aria-label="Response">
      {children}
    </section>
  );
}

export function ResponseView({ outcome, responseSchema, onDownload }: Props) {
  const exchange = outcome?.kind === 'sent' ? outcome.exchange : undefined;
  const conforms = outcome?.kind === 'sent' && outcome.verdict.kind === 'conforms';
  const answer = useAnswer(exchange, responseSchema, conforms);
  if (!outcome) return <Plain>{<p class="muted">Send the request to see the answer here.</p>}</Plain>;
  if (outcome.kind === 'blocked')
    return (
      <Plain>
        <div class="status blocked" role="status">
          Blocked
        </div>
        <p>{outcome.message}</p>
      </Plain>
    );
  if (outcome.kind === 'invalid')
    return (
      <Plain>
        <div class="status invalid" role="status">
          Not sent: the SDK refused the input
        </div>
        <p class="mono small">{outcome.message}</p>
      </Plain>
    );
  const unknown = answer?.kind === 'tree' ? answer.opened.unknown : [];
  const filePath = outcome.label ? undefined : documentFilePath(outcome.value);
  const status = exchange?.status;
  const statusClass = status === undefined ? 'error' : status < 300 ? 'ok' : status < 500 ? 'client-error' : 'error';
  return (
    <section class="panel response" aria-label="Response">
      <div class="response-head">
        <div class={`status ${statusClass}`} role="status" aria-label="Status">
          {status !== undefined ? `${status} ${exchange?.statusText || statusText(status)}` : outcome.error?.name}
        </div>
        {outcome.proxy ? <span class="badge proxy">from the playground’s proxy, not SAYMON</span> : null}
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
      {exchange ? <ExchangeTabs exchange={exchange} answer={answer} /> : null}
    </section>
  );
}

function ExchangeTabs({ exchange, answer }: { exchange: Exchange; answer: ReturnType<typeof useAnswer> }) {
  const [tab, setTab] = useState<'body' | 'headers'>('body');
  return (
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
      ) : (
        <AnswerBody exchange={exchange} answer={answer} />
      )}
    </>
  );
}
