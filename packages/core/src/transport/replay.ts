/**
 * Stage "retry", the cheap first attempt. ky clones its Request before every attempt of a call it
 * may retry (a second Request, headers copied, a signal that follows ky's), and normalises the
 * retry settings on every call: most of what a retried method costs over one that is not, paid by
 * every call although few fail. A call whose body can be sent again therefore goes to ky first
 * with `retry: 0`. Only when that attempt fails does the call go through
 * ky once more, with its retry settings; the client's fetch answers that call's first attempt with
 * the failure itself (`CallState.replay`: nothing is sent), so ky decides whether to retry, waits
 * (backoff, `Retry-After`, the deadline) and resends exactly as it does for any failed attempt.
 * A client with request hooks does not replay: its hooks would see the replayed attempt.
 */
import type { KyInstance, Options } from 'ky';
import type { CarriesCall } from './client-fetch.ts';
import { type KyRetry, withDeadline } from './retry.ts';

/**
 * Sends a call (`options` with `retry: 0`) through `http`; a failure goes through `http` once more
 * with `retry`, its first attempt the failure replayed, and ky tells whether it is retried (a
 * timeout, an abort, a status it does not list are not, as on any attempt). `deadline`
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
