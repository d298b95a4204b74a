/**
 * Stage "retry", the cheap first attempt. ky clones its Request before every attempt of a call it
 * may retry (a second Request, headers copied, a signal that follows ky's), and normalises the
 * retry settings on every call: most of what a retried method costs over one that is not, paid by
 * every call although few fail. A call whose body can be sent again therefore goes to ky first
 * with `retry: 0`. Only when that attempt fails in a way ky could retry does the call go through
 * ky once more, with its retry settings; the client's fetch answers that call's first attempt with
 * the failure itself (`CallState.replay`: nothing is sent), so ky decides whether to retry, waits
 * (backoff, `Retry-After`, the deadline) and resends exactly as it does for any failed attempt.
 * A client with request hooks does not replay: its hooks would see the replayed attempt.
 */
import { HTTPError, type KyInstance, type Options, TimeoutError } from 'ky';
import type { CarriesCall } from './client-fetch.ts';
import { type KyRetry, withDeadline } from './retry.ts';

/** Whether ky could retry `error` with `retry`: timeouts never are, nor statuses it does not list. */
export function worthReplaying(error: unknown, retry: KyRetry, signal: AbortSignal | undefined): boolean {
  if (signal?.aborted || error instanceof TimeoutError) return false;
  return !(error instanceof HTTPError) || (retry.statusCodes ?? []).includes(error.response.status);
}

/**
 * Sends a call (`options` with `retry: 0`) through `http`; a failure ky could retry goes through
 * `http` once more with `retry`, its first attempt the failure replayed. `deadline`
 * (`performance.now()` time) bounds the retries as the call's timeout bounds the whole call.
 */
export async function sendReplaying(
  http: KyInstance,
  url: URL,
  options: Options & CarriesCall,
  retry: KyRetry,
  deadline: number | undefined,
): Promise<Response> {
  try {
    return await http(url, options);
  } catch (error) {
    if (!worthReplaying(error, retry, options.signal ?? undefined)) throw error;
    const state = options.saymonCall;
    state.replay = { error };
    // ky's timeout, total and per attempt, bounds the retries
    state.timer = undefined;
    // at least 1 ms: ky then asks whether to retry before it reports the deadline, as it would have
    const remaining = deadline === undefined ? false : Math.max(1, deadline - performance.now());
    return await http(url, {
      ...options,
      retry: withDeadline(retry, deadline),
      timeout: remaining,
      totalTimeout: remaining,
    });
  }
}
