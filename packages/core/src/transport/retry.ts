/**
 * Stage "retry and Retry-After": the retry settings ky gets for a call. Which methods are retried,
 * on which statuses, how long a `Retry-After` is honoured, and the call's deadline (a wait that
 * would end past it gives up at once, see `retry-after.ts`).
 */
import { HTTPError, type Options } from 'ky';
import { SaymonNetworkError } from '../errors.ts';
import type { RetryOptions } from './options.ts';
import type { OutgoingCall } from './types.ts';

export const IDEMPOTENT = ['get', 'put', 'delete', 'head', 'options'];
export const RETRY_STATUSES = [408, 429, 502, 503, 504];

/** ky's retry option in its object form. */
export type KyRetry = Exclude<NonNullable<Options['retry']>, number | undefined>;

export function retrySettings(
  retry: number | RetryOptions | undefined,
  idempotent: boolean,
  timeout: number | false,
): KyRetry {
  const options: RetryOptions = typeof retry === 'number' ? { limit: retry } : (retry ?? {});
  const backoffLimit = options.backoffLimit ?? 10_000;
  // ky normalises this object several times per call: keys equal to ky's defaults are left out
  // (afterStatusCodes [413, 429, 503]; delay 0.3 s * 2^(attempt - 1))
  const settings: KyRetry = {
    limit: options.limit ?? 2,
    methods: idempotent ? [...IDEMPOTENT, 'post', 'patch'] : IDEMPOTENT,
    statusCodes: options.statusCodes ?? RETRY_STATUSES,
    maxRetryAfter: options.maxRetryAfter ?? (timeout === false ? 60_000 : timeout),
    backoffLimit,
  };
  // a fetch (an adapter's) may reject with a SaymonNetworkError that explains the failure: it is
  // retried as the network error it is (ky retries only the errors fetch itself rejects with)
  settings.shouldRetry = ({ error }) => (error instanceof SaymonNetworkError ? true : undefined);
  // full jitter, unless the caller computes delays itself
  if (options.delay) settings.delay = options.delay;
  else settings.jitter = true;
  return settings;
}

/**
 * Retry settings that give up at once on a `Retry-After` that ends past the call's deadline; any
 * other decision stays the settings' own (`retrySettings`' `shouldRetry`).
 */
export function withDeadline(settings: KyRetry | 0, deadline: number | undefined): KyRetry | 0 {
  if (settings === 0 || deadline === undefined) return settings;
  const own = settings.shouldRetry;
  return {
    ...settings,
    shouldRetry: async (state) => ((await waitsPast(state.error, deadline)) ? false : own?.(state)),
  };
}

/**
 * Whether an answer asks to wait past `deadline`. `Retry-After` is read by `retry-after.ts`,
 * loaded when an answer carries one (the server is reachable then); should that load fail, ky
 * honours the header itself, up to `maxRetryAfter`.
 */
const waitsPast = async (error: Error, deadline: number): Promise<boolean> =>
  error instanceof HTTPError &&
  error.response.headers.has('retry-after') &&
  import('./retry-after.ts').then(
    (module) => module.waitsPastDeadline(error.response, deadline),
    () => false,
  );

/**
 * The retry settings of each call of a client: a call's own `retry`, else the client's, built
 * once per method kind and timeout. A call that is never retried (a POST without `idempotent`)
 * gets 0: with a limit above 0 ky clones every request to be able to resend it, and a clone tees
 * the body.
 */
export function retryPolicy(
  clientRetry: number | RetryOptions | undefined,
): (call: Pick<OutgoingCall, 'method' | 'idempotent' | 'retry'>, timeout: number | false) => KyRetry | 0 {
  const defaults = new Map<string, KyRetry>();
  return (call, timeout) => {
    const idempotent = call.idempotent === true;
    const retried = idempotent || IDEMPOTENT.includes(call.method.toLowerCase());
    if (!retried) return 0;
    if (call.retry !== undefined) return retrySettings(call.retry, idempotent, timeout);
    const key = `${idempotent}:${timeout}`;
    let settings = defaults.get(key);
    if (!settings) {
      settings = retrySettings(clientRetry, idempotent, timeout);
      if (defaults.size < 64) defaults.set(key, settings);
    }
    return settings;
  };
}
