/**
 * Stage "answer reading": an answer read into memory within `maxResponseBytes` (an error answer's
 * first MiB at most, kept for its message). A streamed call's body is guarded by `stream-answer.ts`,
 * loaded when a call streams (binary endpoints, downloads), with the guards made here.
 */
import { NetworkError } from 'ky';
import { SaymonTimeoutError } from '../errors.ts';
import {
  announcedLength,
  contentEncoding,
  ERROR_BODY_BYTES,
  IncompleteBodyError,
  isAbortError,
  type Oversize,
  readLimited,
} from './body.ts';
import { BufferedResponse } from './buffered-response.ts';
import type { StreamGuards } from './stream-answer.ts';
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

/**
 * The guards of a 2xx answer of a streamed call (`stream-answer.ts`): its body errors past
 * `maxDownload` bytes or at the deadline, and one that breaks off is a network error.
 */
export function streamGuards(response: Response, bounds: StreamBounds, tooLarge: TooLarge): StreamGuards {
  const { failure } = bounds;
  const { maxDownload } = bounds.limits;
  const { timeout, signal } = failure;
  const encoding = contentEncoding(response.headers);
  return {
    limit: maxDownload,
    announced: announcedLength(response.headers),
    remaining: timeout === false ? undefined : bounds.startedAt + timeout - performance.now(),
    // a refusal on Content-Length has no coding to name (announcedLength is only read without one)
    tooLarge: (size) => tooLarge('maxDownloadBytes', maxDownload || 0)(size.counted ? { ...size, encoding } : size),
    timedOut: () => new SaymonTimeoutError({ timeout: timeout || 0, request: failure.requestInfo() }),
    failed: (error, received) =>
      signal?.aborted
        ? (signal.reason ?? error)
        : isAbortError(error)
          ? error
          : networkError(new IncompleteBodyError(received, error), failure.requestInfo, failure.redact),
  };
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
