/**
 * A streamed answer (binary endpoints, document downloads) as the caller receives it: its body
 * errors past `maxDownloadBytes` or at the call's deadline, and a failure of the stream is
 * converted. Loaded when a call streams (`client-fetch.ts`), so apps that only read JSON do not
 * carry it; the errors come with the guards (`streamGuards` in `read-answer.ts`), so this chunk
 * imports nothing. Hand-written for the reason `body.ts` gives: neither ky nor fetch bound a body.
 */
import type { Oversize } from './body.ts';

/** A 2xx answer of a streamed call, its body guarded (refused at once when it announces too much). */
export async function streamedAnswer(response: Response, guards: StreamGuards): Promise<Response> {
  const { limit, announced } = guards;
  if (limit !== false && announced !== undefined && announced > limit) {
    await response.body?.cancel().catch(() => {});
    throw guards.tooLarge({ announced });
  }
  if (!response.body) return response;
  const body = guardStream(response.body, guards);
  return new Response(body, { status: response.status, statusText: response.statusText, headers: response.headers });
}

export interface StreamGuards {
  /** Bytes allowed; `false`: no limit. */
  limit: number | false;
  /** The `Content-Length` of an answer without content coding: over `limit`, it is refused at once. */
  announced: number | undefined;
  /** Milliseconds left for the whole answer; `undefined`: no limit. */
  remaining: number | undefined;
  tooLarge(size: Oversize): Error;
  timedOut(): Error;
  /** Converts a failure of the underlying stream (a reset, an abort). */
  failed(error: unknown, received: number): unknown;
}

/**
 * Wraps a body that is handed to the caller as a stream: it errors with `tooLarge()` past the
 * limit, with `timedOut()` at the deadline (and releases the connection), and converts failures.
 * Nothing is buffered beyond what the consumer has not read yet.
 */
export function guardStream(body: ReadableStream<Uint8Array>, guards: StreamGuards): ReadableStream<Uint8Array> {
  const reader = body.getReader();
  let received = 0;
  let finished = false;
  let timer: ReturnType<typeof setTimeout> | undefined;
  const finish = () => {
    finished = true;
    if (timer !== undefined) clearTimeout(timer);
  };
  return new ReadableStream<Uint8Array>(
    {
      start(controller) {
        if (guards.remaining === undefined) return;
        timer = setTimeout(
          () => {
            if (finished) return;
            finish();
            controller.error(guards.timedOut());
            void reader.cancel().catch(() => {});
          },
          Math.max(0, guards.remaining),
        );
      },
      async pull(controller) {
        let next: ReadableStreamReadResult<Uint8Array>;
        try {
          next = await reader.read();
        } catch (error) {
          if (finished) return;
          finish();
          controller.error(guards.failed(error, received));
          return;
        }
        if (finished) return;
        if (next.done) {
          finish();
          controller.close();
          return;
        }
        received += next.value.byteLength;
        if (guards.limit !== false && received > guards.limit) {
          finish();
          controller.error(guards.tooLarge({ counted: true }));
          void reader.cancel().catch(() => {});
          return;
        }
        controller.enqueue(next.value);
      },
      cancel(reason) {
        finish();
        return reader.cancel(reason);
      },
    },
    { highWaterMark: 0 },
  );
}
