import { type RequestInfo, SaymonResponseFormatError } from '../errors.ts';
import type { Redactor } from '../redact.ts';
import { snippet } from './errors-from-response.ts';

/**
 * The error for an answer that is not JSON, with a redacted snippet of it. Loaded by
 * `parseJsonAnswer` only when an answer fails to parse (a browser's first load does not carry it).
 */
export function formatError(
  why: string,
  text: string,
  answer: { status: number; contentType: string | undefined },
  context: { endpointId?: string; request?: RequestInfo; redactor: Redactor },
): SaymonResponseFormatError {
  const bodySnippet = snippet(text, context.redactor);
  return new SaymonResponseFormatError({
    message: bodySnippet ? `${why}: ${bodySnippet}` : why,
    endpointId: context.endpointId,
    status: answer.status,
    contentType: answer.contentType && context.redactor.text(answer.contentType),
    bodySnippet,
    request: context.request,
  });
}
