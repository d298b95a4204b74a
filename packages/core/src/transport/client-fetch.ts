/**
 * The fetch of a client's ky instance. Each request carries its call's state in an option of its
 * own (`saymonCall`; ky hands options it does not know to fetch): the call goes out beside ky's
 * Request where that saves copies (`outgoing-body.ts`), no redirect is followed (`redirect.ts`),
 * and the answer is read within its bounds (`read-answer.ts`) before ky sees it, so a body that
 * breaks off is a network error of the attempt. A streamed call's guard (`stream-answer.ts`) loads
 * while its request is on the way; should it fail to load, the attempt fails as a network error.
 */
import { withinTimeout } from './deadline.ts';
import { type CallLimits, tooLargeError } from './limits.ts';
import { besideInit } from './outgoing-body.ts';
import { bufferedAnswer, streamGuards } from './read-answer.ts';
import { isRedirect, redirectError } from './redirect.ts';
import { type FailureContext, networkError } from './to-error.ts';
import type { OutgoingCall } from './types.ts';

/** What one call's requests carry to the client's fetch. */
export interface CallState {
  call: Pick<OutgoingCall, 'body' | 'read'>;
  url: URL;
  /** The headers sent (auth's and the hooks' included). */
  headers: Headers;
  /** Sent as URL + init beside ky's Request (`goesBeside`). */
  beside: boolean;
  limits: CallLimits;
  startedAt: number;
  failure: FailureContext;
  /** Milliseconds an attempt sent beside may take, kept by the client's fetch (`deadline.ts`); ky's timeout is off. */
  timer?: number;
  /** A failed first attempt that the next attempt reports instead of sending (`replay.ts`). */
  replay?: { error: unknown };
}

/** The ky option that carries a call's state. */
export interface CarriesCall {
  saymonCall: CallState;
}

let streaming: Promise<typeof import('./stream-answer.ts')> | undefined;

/** The streamed answers' module; a failed load (a chunk the network lost) is tried again by the next call. */
function loadStreaming(): Promise<typeof import('./stream-answer.ts')> {
  streaming ??= import('./stream-answer.ts').catch((error: unknown) => {
    streaming = undefined;
    throw error;
  });
  return streaming;
}

export function clientFetch(baseFetch: typeof globalThis.fetch): typeof globalThis.fetch {
  return async (input, init) => {
    const state = (init as RequestInit & CarriesCall).saymonCall;
    if (state.replay) {
      const { error } = state.replay;
      state.replay = undefined;
      throw error;
    }
    const request = input as Request;
    const guard = state.call.read === 'stream' ? loadStreaming() : undefined;
    // handled here so that a request failing first leaves no unhandled rejection; awaited with the answer
    guard?.catch(() => {});
    const send = (signal?: AbortSignal) =>
      answer(
        state.beside
          ? baseFetch(request.url, besideInit(request, state.headers, state.call.body, signal))
          : // the only option ky forwards is the call's state: a custom fetch gets what ky gave before it
            baseFetch(request, {}),
        request,
        state,
        guard,
      );
    // only an attempt sent beside has a timer (see `http.ts`)
    return state.timer === undefined
      ? send()
      : withinTimeout(state.timer, request, state.failure.signal && request.signal, send);
  };
}

/**
 * An attempt's answer: no redirect followed, the body read within its bounds; a streamed call's
 * 2xx answer guarded by `stream-answer.ts` (`guard`, loading since the attempt began).
 */
async function answer(
  sent: Promise<Response>,
  request: Request,
  state: CallState,
  guard: Promise<typeof import('./stream-answer.ts')> | undefined,
): Promise<Response> {
  const response = await sent;
  const { failure, limits } = state;
  if (isRedirect(response)) {
    await response.body?.cancel().catch(() => {});
    throw await redirectError(response, state.url, failure.redact, failure.requestInfo);
  }
  const tooLarge = tooLargeError(failure.requestInfo);
  if (!guard || !response.ok) return await bufferedAnswer(response, request, limits.maxResponse, tooLarge);
  const { streamedAnswer } = await guard.catch(async (error: unknown) => {
    await response.body?.cancel().catch(() => {});
    throw networkError(error, failure.requestInfo, failure.redact);
  });
  return await streamedAnswer(response, streamGuards(response, state, tooLarge));
}
