/**
 * Stage "timeout", for calls sent beside ky's Request (`outgoing-body.ts`): the instance's fetch
 * ends the attempt itself, and ky gets `timeout: false`. ky's own timeout races every attempt
 * against a timer in a promise of its own and aborts through its controller; here the attempt's
 * fetch gets a signal that aborts when the time is up, with the `TimeoutError` ky would have
 * raised, so the error a caller gets is the same. Calls ky retries (`replay.ts`) and calls that
 * go as ky's Request keep ky's timeout.
 */
import { TimeoutError } from 'ky';

/** The longest timer `setTimeout` keeps (a longer one fires at once); ky refuses longer timeouts. */
export const MAX_TIMER = 2_147_483_647;

/**
 * Runs `attempt` with a signal that aborts after `timeout` ms with ky's `TimeoutError`, or when
 * `outer` aborts (with its reason). Whatever the attempt fails with once the time is up, the
 * failure is the timeout (a body read cut off by the abort is not a network error).
 */
export async function withinTimeout<T>(
  timeout: number,
  request: Request,
  outer: AbortSignal | undefined,
  attempt: (signal: AbortSignal) => Promise<T>,
): Promise<T> {
  const controller = new AbortController();
  const timer = setTimeout(() => controller.abort(new TimeoutError(request)), timeout);
  try {
    return await attempt(outer ? AbortSignal.any([outer, controller.signal]) : controller.signal);
  } catch (error) {
    throw controller.signal.aborted ? controller.signal.reason : error;
  } finally {
    clearTimeout(timer);
  }
}
