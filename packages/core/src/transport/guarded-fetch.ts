/**
 * fetch as ky sees it for one call: the body goes beside ky's Request when that saves a copy
 * (`outgoing-body.ts`), no redirect is followed (`redirect.ts`), and the answer is read within its
 * bounds (`read-answer.ts`) before ky sees it, so a body that breaks off is retried by ky.
 */
import type { CallLimits } from './limits.ts';
import { directArgs } from './outgoing-body.ts';
import { bufferedAnswer, streamedAnswer, type TooLarge } from './read-answer.ts';
import { isRedirect, redirectError } from './redirect.ts';
import type { FailureContext } from './to-error.ts';
import type { OutgoingCall } from './types.ts';

export interface FetchGuards {
  baseFetch: typeof globalThis.fetch;
  /** The caller configured its own fetch: it gets ky's Request as it is. */
  customFetch: boolean;
  call: Pick<OutgoingCall, 'body' | 'read'>;
  url: URL;
  limits: CallLimits;
  startedAt: number;
  failure: FailureContext;
  tooLarge: TooLarge;
}

export function guardedFetch(guards: FetchGuards): typeof globalThis.fetch {
  const { call, failure, limits } = guards;
  return async (input, init) => {
    const response = await guards.baseFetch(...directArgs(input, init, call.body, guards.customFetch));
    if (isRedirect(response)) {
      await response.body?.cancel().catch(() => {});
      throw await redirectError(response, guards.url, failure.redact, failure.requestInfo);
    }
    if (call.read === 'stream' && response.ok)
      return streamedAnswer(response, {
        maxDownload: limits.maxDownload,
        startedAt: guards.startedAt,
        tooLarge: guards.tooLarge,
        failure,
      });
    return bufferedAnswer(response, input as Request, limits.maxResponse, guards.tooLarge);
  };
}
