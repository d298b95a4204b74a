/**
 * Stage "answer reading": an answer as the caller receives it. A buffered call's answer is read
 * into memory within `maxResponseBytes` (an error answer's first MiB at most, kept for its
 * message); a streamed call's body is guarded by `maxDownloadBytes` and the call's deadline.
 */
import { NetworkError } from 'ky';
import { SaymonTimeoutError } from '../errors.ts';
import {
  announcedLength,
  contentEncoding,
  ERROR_BODY_BYTES,
  guardStream,
  IncompleteBodyError,
  isAbortError,
  type Oversize,
  readLimited,
} from './body.ts';
import { BufferedResponse } from './buffered-response.ts';
import { errorBodies, type FailureContext, networkError } from './to-error.ts';

const NULL_BODY_STATUSES = new Set([101, 103, 204, 205, 304]);

export type TooLarge = (option: 'maxResponseBytes' | 'maxDownloadBytes', limit: number) => (size: Oversize) => Error;

/** What bounds a streamed answer: a call's state (`client-fetch.ts`) holds it. */
export interface StreamBounds {
  limits: { maxDownload: number | false };
  /** When the call started (`performance.now()`): the deadline is `startedAt + timeout`. */
  startedAt: number;
  failure: FailureContext;
}

/** A 2xx answer of a streamed call: its body errors past `maxDownload` bytes or the deadline. */
export async function streamedAnswer(response: Response, bounds: StreamBounds, tooLarge: TooLarge): Promise<Response> {
  const { failure } = bounds;
  const { maxDownload } = bounds.limits;
  const announced = announcedLength(response.headers);
  if (maxDownload !== false && announced !== undefined && announced > maxDownload) {
    await response.body?.cancel().catch(() => {});
    throw tooLarge('maxDownloadBytes', maxDownload)({ announced });
  }
  if (!response.body) return response;
  const { timeout, signal } = failure;
  const body = guardStream(response.body, {
    limit: maxDownload,
    remaining: timeout === false ? undefined : bounds.startedAt + timeout - performance.now(),
    tooLarge: (size) =>
      tooLarge('maxDownloadBytes', maxDownload as number)({ ...size, encoding: contentEncoding(response.headers) }),
    timedOut: () => new SaymonTimeoutError({ timeout: timeout || 0, request: failure.requestInfo() }),
    failed: (error, received) =>
      signal?.aborted
        ? (signal.reason ?? error)
        : isAbortError(error)
          ? error
          : networkError(new IncompleteBodyError(received, error), failure.requestInfo, failure.redact),
  });
  return new Response(body, { status: response.status, statusText: response.statusText, headers: response.headers });
}

/**
 * An answer read into memory: a 2xx one within `maxResponse` (over it: `tooLarge`), an error one
 * truncated to its first MiB. A body that breaks off is ky's `NetworkError`, which ky retries like
 * any failed connection (idempotent methods only).
 */
export async function bufferedAnswer(
  response: Response,
  request: Request,
  maxResponse: number | false,
  tooLarge: TooLarge,
): Promise<Response> {
  const limit = response.ok
    ? maxResponse
    : maxResponse === false
      ? ERROR_BODY_BYTES
      : Math.min(maxResponse, ERROR_BODY_BYTES);
  let read: Awaited<ReturnType<typeof readLimited>>;
  try {
    read = await readLimited(
      response,
      limit,
      response.ok ? 'throw' : 'truncate',
      tooLarge('maxResponseBytes', limit || 0),
    );
  } catch (error) {
    if (error instanceof IncompleteBodyError) throw new NetworkError(request, { cause: error });
    throw error;
  }
  // the bytes are kept as they are: `new Response(bytes)` would copy them into a new stream
  const copy = new BufferedResponse(NULL_BODY_STATUSES.has(response.status) ? null : read.bytes, {
    status: response.status,
    statusText: response.statusText,
    headers: response.headers,
  });
  if (!response.ok) errorBodies.set(copy, { text: new TextDecoder().decode(read.bytes), truncated: read.truncated });
  return copy;
}
