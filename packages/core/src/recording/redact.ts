/**
 * A raw exchange made safe to share: credentials and session ids out of the path and the bodies
 * (the auth's own values wherever they appear, in any encoding the redactor knows), secret-named
 * fields, and the answer fields the registry marks secret. Headers are not kept beyond the type.
 */
import type { AnyEndpoint } from '../contract/define.ts';
import { markedFields } from '../json-schema.ts';
import type { Redactor } from '../redact.ts';
import { REDACTED, redactFields } from '../secret-names.ts';
import type { RawExchange, RecordedBody, RecordedExchange } from './format.ts';

/** Replaces the value at a marked name (`token`, `[].password`, `a.b[]`) wherever it occurs. */
function hideAt(value: unknown, parts: readonly string[]): unknown {
  if (parts.length === 0) return value === undefined || value === null ? value : REDACTED;
  const [head, ...rest] = parts as [string, ...string[]];
  if (head === '[]') return Array.isArray(value) ? value.map((item) => hideAt(item, rest)) : value;
  if (!value || typeof value !== 'object' || Array.isArray(value) || !Object.hasOwn(value, head)) return value;
  const copy = { ...(value as Record<string, unknown>) };
  copy[head] = hideAt(copy[head], rest);
  return copy;
}

function markedParts(name: string): string[] {
  return name
    .replace(/\[\]/g, '.[]')
    .split('.')
    .filter((p) => p !== '');
}

function bodyOf(
  text: string | undefined,
  bytes: number,
  contentType: string,
  clean: (value: unknown) => unknown,
  redactor: Redactor,
): RecordedBody | undefined {
  if (text === undefined) return bytes > 0 ? { encoding: 'omitted', bytes } : undefined;
  if (text === '') return undefined;
  if (/json/i.test(contentType) || /^[[{"]/.test(text.trim())) {
    try {
      return { encoding: 'json', value: clean(JSON.parse(text)) };
    } catch {
      // not JSON after all: kept as text
    }
  }
  return { encoding: 'text', value: redactor.text(text) };
}

export function redactExchange(exchange: RawExchange, redactor: Redactor): RecordedExchange {
  const endpoint: AnyEndpoint = exchange.endpoint;
  const secrets = markedFields(endpoint).filter((f) => f.secret);
  const hidden = (part: 'body' | 'response') => (value: unknown) => {
    let out = value;
    for (const field of secrets.filter((f) => f.part === part)) out = hideAt(out, markedParts(field.name));
    return redactFields(out, { text: (t) => redactor.text(t), key: (k) => redactor.text(k) });
  };
  const url = new URL(exchange.path, 'http://recorded.invalid');
  const path = redactor.url(url).replace(/^http:\/\/recorded\.invalid/, '');
  const wholeAnswerSecret = secrets.some((f) => f.part === 'response' && f.name === '');
  const request = bodyOf(exchange.requestBody, 0, 'application/json', hidden('body'), redactor);
  const response = wholeAnswerSecret
    ? { encoding: 'text' as const, value: REDACTED }
    : bodyOf(exchange.body, exchange.bodyBytes, exchange.contentType, hidden('response'), redactor);
  return {
    endpoint: endpoint.id,
    request: { method: exchange.method, path, ...(request ? { body: request } : {}) },
    response: {
      status: exchange.status,
      ...(exchange.contentType ? { contentType: exchange.contentType } : {}),
      ...(response ? { body: response } : {}),
    },
    durationMs: exchange.durationMs,
  };
}
