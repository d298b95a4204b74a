/**
 * The SDK's request hooks as ky's: `beforeRequest` (with `setHeader`), `beforeRetry` (with the
 * SDK's error) and `afterResponse` (with the attempt's duration). ky runs only the hooks the
 * caller asked for: with none, ky gets none and does no work per call for them, and this module
 * is loaded by the first call of a client that has some (`http.ts`), so apps without request
 * hooks do not carry it.
 */
import type { Options } from 'ky';
import { SaymonError } from '../errors.ts';
import type { HookLists } from './hooks.ts';
import type { RequestLogInfo } from './options.ts';

type KyHooks = NonNullable<Options['hooks']>;

/**
 * ky's hooks for one call; `info` describes the request (redacted), `reason` converts the error a
 * retry follows (anything that is not a `SaymonError` is not reported).
 */
export function kyHooksFor(hooks: HookLists, info: () => RequestLogInfo, reason: (error: Error) => unknown): KyHooks {
  const out: KyHooks = {};
  let started = 0;
  if (hooks.beforeRequest.length || hooks.afterResponse.length) {
    out.beforeRequest = [
      async ({ request }) => {
        started = performance.now();
        for (const hook of hooks.beforeRequest)
          await hook({ ...info(), setHeader: (name, value) => request.headers.set(name, value) });
      },
    ];
  }
  if (hooks.beforeRetry.length || hooks.afterResponse.length) {
    out.beforeRetry = [
      async ({ error, retryCount }) => {
        started = performance.now();
        const converted = await reason(error);
        if (converted instanceof SaymonError)
          for (const hook of hooks.beforeRetry) await hook({ ...info(), attempt: retryCount, error: converted });
      },
    ];
  }
  if (hooks.afterResponse.length) {
    out.afterResponse = [
      async ({ response }) => {
        const durationMs = performance.now() - started;
        for (const hook of hooks.afterResponse) await hook({ ...info(), status: response.status, durationMs });
      },
    ];
  }
  return out;
}
