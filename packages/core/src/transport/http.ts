import ky, { HTTPError, NetworkError, TimeoutError } from 'ky';
import { secretsOf } from '../auth/secrets.ts';
import type { AuthContext, AuthStrategy } from '../auth/types.ts';
import {
  type RequestInfo,
  SaymonApiError,
  SaymonError,
  SaymonNetworkError,
  SaymonTimeoutError,
  SaymonValidationError,
} from '../errors.ts';
import { redactHeaders, redactUrl } from '../redact.ts';
import { apiErrorFromBody } from './errors-from-response.ts';
import type { CallOptions, Hooks, RequestLogInfo, RetryOptions } from './options.ts';

export const DEFAULT_TIMEOUT = 30_000;
const IDEMPOTENT = ['get', 'put', 'delete', 'head', 'options'];
const RETRY_STATUSES = [408, 429, 502, 503, 504];

export interface TransportOptions {
  /** Server root, already normalised (see `normalizeBaseUrl`). */
  baseUrl: string;
  auth: AuthStrategy;
  fetch?: typeof globalThis.fetch;
  timeout?: number | false;
  retry?: number | RetryOptions;
  headers?: Record<string, string>;
  hooks?: Hooks;
}

export interface OutgoingCall extends CallOptions {
  method: string;
  /** Server path, e.g. `/node/api/objects/42`. */
  path: string;
  query?: URLSearchParams;
  body?: BodyInit;
  contentType?: string;
  endpointId?: string;
  /** False for calls made without credentials. */
  authenticate?: boolean;
}

export interface Transport {
  /** Sends a call and resolves with the 2xx response; anything else throws a `SaymonError`. */
  send(call: OutgoingCall): Promise<Response>;
  /** The context auth strategies use to log in and out. */
  readonly authContext: AuthContext;
}

function retrySettings(retry: number | RetryOptions | undefined, idempotent: boolean, timeout: number | false) {
  const options: RetryOptions = typeof retry === 'number' ? { limit: retry } : (retry ?? {});
  const backoffLimit = options.backoffLimit ?? 10_000;
  return {
    limit: options.limit ?? 2,
    methods: idempotent ? [...IDEMPOTENT, 'post', 'patch'] : IDEMPOTENT,
    statusCodes: options.statusCodes ?? RETRY_STATUSES,
    afterStatusCodes: [413, 429, 503],
    maxRetryAfter: options.maxRetryAfter ?? (timeout === false ? 60_000 : timeout),
    backoffLimit,
    delay: options.delay ?? ((attempt: number) => 0.3 * 2 ** (attempt - 1) * 1000),
    // full jitter, unless the caller computes delays itself
    jitter: options.delay ? undefined : true,
  };
}

export function createTransport(options: TransportOptions): Transport {
  const secrets = () => secretsOf(options.auth);

  async function sendOnce(call: OutgoingCall, attemptAuth: boolean): Promise<{ response?: Response; stamp: unknown }> {
    const url = new URL(options.baseUrl + call.path);
    if (call.query) for (const [key, value] of call.query) url.searchParams.append(key, value);
    const headers = new Headers(options.headers);
    headers.set('Accept', 'application/json, text/plain;q=0.9, */*;q=0.8');
    if (call.contentType) headers.set('Content-Type', call.contentType);
    for (const [key, value] of Object.entries(call.headers ?? {})) headers.set(key, value);
    let stamp: unknown;
    if (attemptAuth) {
      try {
        stamp = await options.auth.authorize({ method: call.method, url, headers }, authContext);
      } catch (error) {
        // e.g. `Headers.set` refusing a value with CR/LF: its message would show the value
        if (error instanceof SaymonError) throw error;
        throw new SaymonValidationError({
          endpointId: call.endpointId,
          issues: [
            { path: ['auth'], message: `the auth strategy could not set its credentials (${errorName(error)})` },
          ],
        });
      }
    }

    const info = (): RequestLogInfo => ({
      method: call.method,
      url: redactUrl(url),
      endpointId: call.endpointId,
      headers: redactHeaders(headers),
    });
    const requestInfo = (): RequestInfo => ({ method: call.method, url: redactUrl(url), endpointId: call.endpointId });
    const requested = call.timeout ?? options.timeout ?? DEFAULT_TIMEOUT;
    const timeout = requested === 0 || requested === false ? false : requested;
    const hooks = options.hooks;
    let started = 0;
    // ky runs only the hooks the caller asked for: no work per call otherwise
    const kyHooks: NonNullable<Parameters<typeof ky>[1]>['hooks'] = {};
    if (hooks?.beforeRequest || hooks?.afterResponse) {
      kyHooks.beforeRequest = [
        async ({ request }) => {
          started = performance.now();
          await hooks.beforeRequest?.({ ...info(), setHeader: (name, value) => request.headers.set(name, value) });
        },
      ];
    }
    if (hooks?.beforeRetry || hooks?.afterResponse) {
      kyHooks.beforeRetry = [
        async ({ error, retryCount }) => {
          started = performance.now();
          const reason = toSaymonError(error, requestInfo, timeout);
          if (reason instanceof SaymonError)
            await hooks.beforeRetry?.({ ...info(), attempt: retryCount, error: reason });
        },
      ];
    }
    if (hooks?.afterResponse) {
      kyHooks.afterResponse = [
        async ({ response }) => {
          await hooks.afterResponse?.({ ...info(), status: response.status, durationMs: performance.now() - started });
        },
      ];
    }

    try {
      const response = await ky(url, {
        method: call.method,
        headers,
        body: call.body,
        signal: call.signal,
        timeout,
        totalTimeout: timeout,
        retry: retrySettings(call.retry ?? options.retry, call.idempotent === true, timeout),
        throwHttpErrors: true,
        fetch: options.fetch,
        hooks: kyHooks,
      });
      return { response, stamp };
    } catch (error) {
      const converted = toSaymonError(error, requestInfo, timeout, call.signal);
      // the stamp says which credentials failed (an opaque counter, never a secret)
      if (converted instanceof SaymonApiError) Object.defineProperty(converted, STAMP, { value: stamp });
      throw converted;
    }
  }

  function toSaymonError(
    error: unknown,
    requestInfo: () => RequestInfo,
    timeout: number | false,
    signal?: AbortSignal,
  ): unknown {
    if (error instanceof SaymonError) return error;
    if (signal?.aborted) return signal.reason ?? error;
    const request = requestInfo();
    if (error instanceof HTTPError) return apiErrorFromBody(error.response.status, error.data, request, secrets());
    if (error instanceof TimeoutError) return new SaymonTimeoutError({ timeout: timeout || 0, request });
    if (error instanceof Error && error.name === 'AbortError') return error;
    const cause = error instanceof NetworkError ? error.cause : error;
    const reason = findCode(cause);
    const detail = cause instanceof Error ? cause.message : undefined;
    return new SaymonNetworkError({ reason, detail, request, cause: sanitizeCause(cause) });
  }

  async function send(call: OutgoingCall): Promise<Response> {
    const useAuth = call.authenticate !== false;
    try {
      const first = await sendOnce(call, useAuth).catch(async (error: unknown) => {
        if (useAuth && error instanceof SaymonApiError && error.status === 401 && options.auth.refresh) {
          const stamp = (error as SaymonApiError & { [STAMP]?: unknown })[STAMP];
          if (await options.auth.refresh(error, authContext, stamp)) return sendOnce(call, useAuth);
        }
        throw error;
      });
      return first.response as Response;
    } catch (error) {
      if (error instanceof SaymonError) await options.hooks?.onError?.(error);
      throw error;
    }
  }

  const authContext: AuthContext = {
    async send(method, path, init = {}) {
      const { response } = await sendOnce(
        {
          method,
          path,
          body: init.json === undefined ? undefined : JSON.stringify(init.json),
          contentType: init.json === undefined ? undefined : 'application/json',
          headers: init.headers,
          retry: 0,
        },
        false,
      );
      return response as Response;
    },
  };

  return { send, authContext };
}

const STAMP = Symbol('auth stamp');

const errorName = (error: unknown) => (error instanceof Error ? error.name : typeof error);

function findCode(error: unknown): string | undefined {
  let current: unknown = error;
  for (let depth = 0; depth < 5 && current; depth++) {
    const code = (current as { code?: unknown }).code;
    if (typeof code === 'string') return code;
    current = (current as { cause?: unknown }).cause;
  }
  return undefined;
}

/** Keeps the low-level reason of a network failure without anything that could hold a request. */
function sanitizeCause(error: unknown): Error | undefined {
  if (!(error instanceof Error)) return undefined;
  const code = findCode(error);
  const clean = new Error(error.message);
  clean.name = error.name;
  if (code) (clean as Error & { code?: string }).code = code;
  return clean;
}
