/**
 * A server that answers 429 or 503 with `Retry-After` asks the client to wait. ky waits it out, up
 * to `maxRetryAfter`; a wait that would end after the call's deadline cannot lead to an answer in
 * time, so the call fails at once with the server's answer (its status, SAYMON's message and the
 * `Retry-After` it sent) instead of sleeping until the timeout reports nothing better.
 */
/** The statuses whose `Retry-After` ky honours (its `afterStatusCodes` default, 413 aside: never retried). */
const WAIT_STATUSES = new Set([429, 503]);

/** `Retry-After` in ms: delay-seconds or an HTTP date; `undefined` when absent or unreadable. */
export function retryAfterMs(headers: Headers, now = Date.now()): number | undefined {
  const value = headers.get('retry-after')?.trim();
  if (!value) return undefined;
  if (/^\d+$/.test(value)) return Number(value) * 1000;
  // an HTTP date starts with the day's name (`Wed, 21 Oct 2015 07:28:00 GMT`); Date.parse takes far more
  if (!/^[A-Za-z]{3}/.test(value)) return undefined;
  const date = Date.parse(value);
  return Number.isNaN(date) ? undefined : Math.max(0, date - now);
}

/** Whether an error answer asks to wait past `deadline` (a `performance.now()` time). */
export function waitsPastDeadline(answer: Response, deadline: number): boolean {
  if (!WAIT_STATUSES.has(answer.status)) return false;
  const wait = retryAfterMs(answer.headers);
  return wait !== undefined && wait > deadline - performance.now();
}
