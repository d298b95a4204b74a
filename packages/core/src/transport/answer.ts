import { type RequestInfo, SaymonResponseFormatError } from '../errors.ts';
import type { Redactor } from '../redact.ts';

/** Content types that are never a JSON answer, even a bare string one. */
const NOT_JSON = /html|xml|javascript|css/i;

/**
 * Parses the answer of a JSON endpoint. Anything that is not JSON raises
 * `SaymonResponseFormatError` with a redacted snippet, in every validation mode: a proxy's HTML
 * login page or a body cut short is never returned as data. The only exception is a one-line
 * plain string (no markup) where some servers omit the quotes of a JSON string. The error's
 * snippet is made by `format-error.ts`, loaded when an answer fails to parse; should that load
 * fail, the error has no snippet.
 */
export async function parseJsonAnswer(
  text: string,
  response: Response,
  context: { endpointId?: string; request?: RequestInfo; redactor: Redactor },
): Promise<unknown> {
  if (!text.trim()) return undefined;
  try {
    return JSON.parse(text);
  } catch (error) {
    const trimmed = text.trim();
    const contentType = response.headers.get('content-type') ?? undefined;
    const jsonLike = /^[[{"]/.test(trimmed) || /json/i.test(contentType ?? '');
    if (!jsonLike && !NOT_JSON.test(contentType ?? '') && !trimmed.startsWith('<') && !/[\r\n]/.test(trimmed)) {
      // a bare string where JSON was expected: let the schema decide
      return trimmed;
    }
    // V8's message quotes the body (and may cut a secret in half): only its position is kept
    const position = /position (\d+)/.exec((error as Error).message)?.[1];
    const why = jsonLike
      ? `the answer is not valid JSON (${position === undefined ? 'it ends early' : `at position ${position}`})`
      : `expected JSON, received ${contentType ?? 'an answer without Content-Type'}`;
    const answer = { status: response.status, contentType };
    throw await import('./format-error.ts').then(
      ({ formatError }) => formatError(why, text, answer, context),
      () =>
        new SaymonResponseFormatError({
          message: why,
          endpointId: context.endpointId,
          status: response.status,
          contentType: contentType && context.redactor.text(contentType),
          request: context.request,
        }),
    );
  }
}
