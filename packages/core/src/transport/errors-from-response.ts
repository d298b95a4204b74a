import { type RequestInfo, SaymonApiError } from '../errors.ts';
import type { Redactor } from '../redact.ts';

const SNIPPET_LENGTH = 200;

/**
 * Builds a `SaymonApiError` from an error answer. SAYMON's body is `{ code, message }`; for 401
 * answers `message` is itself JSON (`{"errorCode":3,"message":"Session expired."}`) and is
 * unpacked. Anything else (a proxy's HTML 502 page, an empty body) yields a short plain snippet.
 * Every piece of server text is redacted: a server may echo the password, token or sid.
 */
export function apiErrorFromBody(
  status: number,
  data: unknown,
  request: RequestInfo,
  redactor: Redactor,
  extra: { headers?: Headers; truncated?: boolean } = {},
): SaymonApiError {
  let body: unknown = data;
  if (typeof body === 'string') {
    try {
      body = JSON.parse(body);
    } catch {}
  }
  const headers = extra.headers && redactor.headerObject(extra.headers);
  if (body && typeof body === 'object' && !Array.isArray(body)) {
    const record = body as Record<string, unknown>;
    const code = typeof record.code === 'string' ? record.code : undefined;
    let serverMessage = typeof record.message === 'string' ? record.message : undefined;
    let errorCode: number | undefined;
    if (serverMessage?.trim().startsWith('{')) {
      try {
        const inner = JSON.parse(serverMessage) as Record<string, unknown>;
        if (typeof inner.errorCode === 'number') errorCode = inner.errorCode;
        if (typeof inner.message === 'string') serverMessage = inner.message;
      } catch {}
    }
    return new SaymonApiError({
      status,
      code: code === undefined ? undefined : redactor.text(code),
      serverMessage: serverMessage === undefined ? undefined : redactor.text(serverMessage),
      errorCode,
      body: redactor.json(record),
      request,
      headers,
    });
  }
  const text = typeof data === 'string' ? data : data === undefined || data === null ? '' : JSON.stringify(data);
  return new SaymonApiError({
    status,
    bodySnippet: snippet(text, redactor, extra.truncated),
    request,
    headers,
  });
}

/**
 * Readable start of a non-JSON body: tags stripped, white space folded, secrets redacted before it
 * is shortened (so a cut never leaves half a secret), at most 200 characters.
 */
export function snippet(text: string, redactor: Redactor, truncated = false): string | undefined {
  const plain = redactor
    .text(text, { truncated })
    .replace(/<(script|style)[\s\S]*?<\/\1>/gi, ' ')
    .replace(/<[^>]+>/g, ' ')
    .replace(/\s+/g, ' ')
    .trim();
  if (!plain) return undefined;
  return plain.length > SNIPPET_LENGTH ? `${plain.slice(0, SNIPPET_LENGTH)}…` : plain;
}
