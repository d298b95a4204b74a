import { type RequestInfo, SaymonApiError } from '../errors.ts';
import { redactText } from '../redact.ts';

const SNIPPET_LENGTH = 200;

/**
 * Builds a `SaymonApiError` from an error answer. SAYMON's body is `{ code, message }`; for 401
 * answers `message` is itself JSON (`{"errorCode":3,"message":"Session expired."}`) and is
 * unpacked. Anything else (a proxy's HTML 502 page, an empty body) yields a short plain snippet.
 */
export function apiErrorFromBody(
  status: number,
  data: unknown,
  request: RequestInfo,
  secrets: readonly string[],
): SaymonApiError {
  let body: unknown = data;
  if (typeof body === 'string') {
    try {
      body = JSON.parse(body);
    } catch {}
  }
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
      code,
      serverMessage: serverMessage === undefined ? undefined : redactText(serverMessage, secrets),
      errorCode,
      body: JSON.parse(redactText(JSON.stringify(record), secrets)),
      request,
    });
  }
  const text = typeof data === 'string' ? data : data === undefined || data === null ? '' : String(data);
  return new SaymonApiError({ status, bodySnippet: snippet(redactText(text, secrets)), request });
}

/** Readable start of a non-JSON body: tags stripped, white space folded. */
function snippet(text: string): string | undefined {
  const plain = text
    .replace(/<(script|style)[\s\S]*?<\/\1>/gi, ' ')
    .replace(/<[^>]+>/g, ' ')
    .replace(/\s+/g, ' ')
    .trim();
  if (!plain) return undefined;
  return plain.length > SNIPPET_LENGTH ? `${plain.slice(0, SNIPPET_LENGTH)}…` : plain;
}
