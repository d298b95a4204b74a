/**
 * Replays a recording's requests against a server (an emulator seeded from it) and compares each
 * answer with the recorded one: the same status, an answer the registry's schema accepts, and the
 * same keys (the union of field names at every depth, list items taken together). Every
 * difference is reported by exchange; nothing is left unsaid, so a recording of a server that
 * drifted shows its drift here rather than passing silently.
 */
import { type AnyEndpoint, getEndpoint } from '@saymon-sdk/core';
import { type RecordedExchange, recordedJson } from '@saymon-sdk/core/recording';
import { answerViolations } from '../proxy/violations.ts';

export interface ReplayDifference {
  /** Line of `exchanges.jsonl` (from 1), endpoint id, method and recorded path. */
  readonly line: number;
  readonly endpoint: string;
  readonly request: string;
  /** What differs, one phrase each (no value: statuses, field paths and schema messages). */
  readonly problems: readonly string[];
}

/** Field paths of a JSON value (`a`, `a.b`, `list[].c`), list items and map values merged. */
export function keyPaths(value: unknown, prefix = ''): Set<string> {
  const out = new Set<string>();
  if (Array.isArray(value)) {
    for (const item of value) for (const path of keyPaths(item, `${prefix}[]`)) out.add(path);
  } else if (typeof value === 'object' && value !== null) {
    for (const [key, item] of Object.entries(value)) {
      const path = prefix ? `${prefix}.${key}` : key;
      out.add(path);
      for (const inner of keyPaths(item, path)) out.add(inner);
    }
  }
  return out;
}

function recordedText(exchange: RecordedExchange): string | undefined {
  const body = exchange.response.body;
  if (body?.encoding === 'json') return JSON.stringify(body.value);
  return body?.encoding === 'text' ? body.value : undefined;
}

/**
 * Sends every recorded request (method, path, JSON or text body) through `send` and lists the
 * exchanges whose answers differ. `send` adds the credentials (a recording has none).
 */
export async function replayRecording(
  exchanges: readonly RecordedExchange[],
  send: (request: { method: string; path: string; body?: string }) => Promise<Response>,
): Promise<ReplayDifference[]> {
  const differences: ReplayDifference[] = [];
  for (const [i, exchange] of exchanges.entries()) {
    const endpoint = getEndpoint(exchange.endpoint as never) as AnyEndpoint | undefined;
    const requestBody = exchange.request.body;
    const body =
      requestBody?.encoding === 'json'
        ? JSON.stringify(requestBody.value)
        : requestBody?.encoding === 'text'
          ? requestBody.value
          : undefined;
    const answer = await send({
      method: exchange.request.method,
      path: exchange.request.path,
      ...(body ? { body } : {}),
    });
    const text = await answer.text();
    const problems: string[] = [];
    if (answer.status !== exchange.response.status)
      problems.push(`status ${answer.status}, recorded ${exchange.response.status}`);
    if (!endpoint) problems.push('the registry does not know this endpoint');
    else {
      const selects = new URL(exchange.request.path, 'http://recording.invalid').searchParams.has('fields');
      for (const v of answerViolations(endpoint, selects, exchange.response.status, recordedText(exchange)))
        problems.push(`recorded ${v}`);
      for (const v of answerViolations(endpoint, selects, answer.status, text)) problems.push(`replayed ${v}`);
    }
    const recorded = recordedJson(exchange.response.body);
    if (recorded !== undefined && answer.status === exchange.response.status) {
      let replayed: unknown;
      try {
        replayed = JSON.parse(text);
      } catch {
        replayed = undefined;
      }
      const want = keyPaths(recorded);
      const got = keyPaths(replayed);
      const missing = [...want].filter((k) => !got.has(k));
      const extra = [...got].filter((k) => !want.has(k));
      if (missing.length)
        problems.push(`keys missing: ${missing.slice(0, 5).join(', ')}${missing.length > 5 ? ', …' : ''}`);
      if (extra.length)
        problems.push(`keys not recorded: ${extra.slice(0, 5).join(', ')}${extra.length > 5 ? ', …' : ''}`);
    }
    if (problems.length > 0)
      differences.push({
        line: i + 1,
        endpoint: exchange.endpoint,
        request: `${exchange.request.method} ${exchange.request.path}`,
        problems,
      });
  }
  return differences;
}
