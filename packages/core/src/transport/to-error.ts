/**
 * Stage "errors": whatever a call failed with (ky's `HTTPError`, `TimeoutError`, `NetworkError`,
 * a runtime's `TypeError`, an abort) as the SDK's error, with every piece of text redacted.
 */
import { HTTPError, NetworkError, TimeoutError } from 'ky';
import { type RequestInfo, SaymonApiError, SaymonError, SaymonNetworkError, SaymonTimeoutError } from '../errors.ts';
import type { Redactor } from '../redact.ts';
import { findCode, IncompleteBodyError } from './body.ts';

/** An error answer's body as read by the transport (ky's own copy is parsed and capped differently). */
export interface ErrorBody {
  text: string;
  truncated: boolean;
}

/** The bodies of error answers the transport read, by the response ky's `HTTPError` carries. */
export const errorBodies = new WeakMap<Response, ErrorBody>();

/** What a failure is converted with: the call's request (redacted), timeout, signal and redactor. */
export interface FailureContext {
  requestInfo: () => RequestInfo;
  timeout: number | false;
  signal?: AbortSignal;
  redact: Redactor;
}

export function networkError(cause: unknown, requestInfo: () => RequestInfo, redact: Redactor): SaymonNetworkError {
  const incomplete = cause instanceof IncompleteBodyError;
  const reason = incomplete ? 'BODY_INCOMPLETE' : findCode(cause);
  const detail = cause instanceof Error ? redact.text(cause.message) : undefined;
  return new SaymonNetworkError({ reason, detail, request: requestInfo(), cause: sanitizeCause(cause, redact) });
}

/**
 * The SDK's error for a failure; an abort by the caller's signal stays the signal's reason. What
 * explains a failure with no answer (network, timeout) is here; an error answer's body is read by
 * `errors-from-response.ts`, loaded when one arrives (the server is reachable then). Should that
 * load fail, the error has the status, request and redacted headers without the body's details.
 */
export async function toSaymonError(error: unknown, context: FailureContext): Promise<unknown> {
  const { requestInfo, timeout, signal, redact } = context;
  if (error instanceof SaymonError) return error;
  if (signal?.aborted) return signal.reason ?? error;
  if (error instanceof HTTPError) {
    const { status, headers } = error.response;
    const body = errorBodies.get(error.response);
    const request = requestInfo();
    return import('./errors-from-response.ts').then(
      ({ apiErrorFromBody }) =>
        apiErrorFromBody(status, body ? body.text : error.data, request, redact, {
          headers,
          truncated: body?.truncated,
        }),
      () => new SaymonApiError({ status, request, headers: redact.headerObject(headers) }),
    );
  }
  if (error instanceof TimeoutError) return new SaymonTimeoutError({ timeout: timeout || 0, request: requestInfo() });
  if (error instanceof Error && error.name === 'AbortError') return error;
  return networkError(error instanceof NetworkError ? error.cause : error, requestInfo, redact);
}

/** Keeps the low-level reason of a network failure without anything that could hold a request. */
export function sanitizeCause(error: unknown, redactor: Redactor): Error | undefined {
  if (!(error instanceof Error)) return undefined;
  const code = findCode(error);
  const clean = new Error(redactor.text(error.message));
  clean.name = error.name;
  if (code) (clean as Error & { code?: string }).code = code;
  return clean;
}
