import ky, { HTTPError, NetworkError, TimeoutError } from 'ky';
import { secretsOf } from '../auth/secrets.ts';
import type { AuthContext, AuthStrategy } from '../auth/types.ts';
import {
  type RequestInfo,
  SaymonApiError,
  SaymonError,
  SaymonNetworkError,
  SaymonResponseTooLargeError,
  SaymonTimeoutError,
  SaymonValidationError,
} from '../errors.ts';
import { createRedactor, isSecretHeader, type Redactor } from '../redact.ts';
import {
  announcedLength,
  contentEncoding,
  DEFAULT_MAX_RESPONSE_BYTES,
  ERROR_BODY_BYTES,
  findCode,
  guardStream,
  IncompleteBodyError,
  isAbortError,
  type Oversize,
  readLimited,
} from './body.ts';
import { BufferedResponse } from './buffered-response.ts';
import { apiErrorFromBody } from './errors-from-response.ts';
import { hookLists } from './hooks.ts';
import type { CallOptions, Hooks, RequestLogInfo, RetryOptions } from './options.ts';
import { redirectError } from './redirect.ts';
import { waitsPastDeadline } from './retry-after.ts';

export const DEFAULT_TIMEOUT = 30_000;
const IDEMPOTENT = ['get', 'put', 'delete', 'head', 'options'];
const RETRY_STATUSES = [408, 429, 502, 503, 504];
const NULL_BODY_STATUSES = new Set([101, 103, 204, 205, 304]);

export interface TransportOptions {
  /** Server root, already normalised (see `normalizeBaseUrl`). */
  baseUrl: string;
  auth: AuthStrategy;
  fetch?: typeof globalThis.fetch;
  timeout?: number | false;
  retry?: number | RetryOptions;
  headers?: Record<string, string>;
  hooks?: Hooks;
  /** Default 64 MiB; see `CallOptions.maxResponseBytes`. */
  maxResponseBytes?: number | false;
  /** Default: no limit; see `CallOptions.maxDownloadBytes`. */
  maxDownloadBytes?: number | false;
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
  /** Values of this call that are credentials (a session id in the path, a new password): never printed. */
  secrets?: readonly string[];
  /**
   * `buffer` (default): the answer is read into memory (at most `maxResponseBytes`) before `send`
   * resolves, so a body that breaks off is retried like any network error. `stream`: `send`
   * resolves at the headers and the body streams (at most `maxDownloadBytes`, within `timeout`).
   */
  read?: 'buffer' | 'stream';
}

export interface Transport {
  /** Sends a call and resolves with the 2xx response; anything else throws a `SaymonError`. */
  send(call: OutgoingCall): Promise<Response>;
  /** Runs the error hooks (`onError`, then `beforeError`) and returns the error to throw. */
  fail(error: unknown): Promise<unknown>;
  /** The context auth strategies use to log in and out. */
  readonly authContext: AuthContext;
  /** Removes this client's secrets from anything rendered (it knows the auth strategy's current secrets). */
  readonly redactor: Redactor;
}

function retrySettings(retry: number | RetryOptions | undefined, idempotent: boolean, timeout: number | false) {
  const options: RetryOptions = typeof retry === 'number' ? { limit: retry } : (retry ?? {});
  const backoffLimit = options.backoffLimit ?? 10_000;
  // ky normalises this object several times per call: keys equal to ky's defaults are left out
  // (afterStatusCodes [413, 429, 503]; delay 0.3 s * 2^(attempt - 1))
  const settings: Exclude<NonNullable<Parameters<typeof ky>[1]>['retry'], number | undefined> = {
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
function withDeadline(settings: ReturnType<typeof retrySettings> | 0, deadline: number | undefined) {
  if (settings === 0 || deadline === undefined) return settings;
  const own = settings.shouldRetry;
  return {
    ...settings,
    shouldRetry: (state: { error: Error; retryCount: number }) =>
      waitsPastDeadline(state.error, deadline) ? false : own?.(state),
  };
}

/** An error answer's body as read by the transport (ky's own copy is parsed and capped differently). */
interface ErrorBody {
  text: string;
  truncated: boolean;
}

export function createTransport(options: TransportOptions): Transport {
  // values of credential headers the caller configured are secrets too
  const headerSecrets = Object.entries(options.headers ?? {})
    .filter(([name]) => isSecretHeader(name))
    .map(([, value]) => value);
  const redactor = createRedactor(
    { secrets: () => secretsOf(options.auth), secretParams: () => options.auth.secretParams?.() ?? [] },
    () => headerSecrets,
  );
  const hooks = hookLists(options.hooks);
  const watched = hooks.beforeRequest.length + hooks.beforeRetry.length + hooks.afterResponse.length > 0;
  const errorBodies = new WeakMap<Response, ErrorBody>();
  const baseFetch = options.fetch ?? ((input, init) => globalThis.fetch(input, init));
  // built once: every call copies them
  const baseHeaders = new Headers(options.headers);
  baseHeaders.set('Accept', 'application/json, text/plain;q=0.9, */*;q=0.8');
  // the retry settings of calls that do not pass their own, by method kind and timeout
  const defaultRetries = new Map<string, ReturnType<typeof retrySettings>>();
  const retryFor = (call: OutgoingCall, timeout: number | false) => {
    const idempotent = call.idempotent === true;
    // a call that is never retried (a POST without `idempotent`) tells ky so: with a limit above 0
    // ky clones every request to be able to resend it, and a clone tees the body
    const retried = idempotent || IDEMPOTENT.includes(call.method.toLowerCase());
    if (!retried) return 0;
    if (call.retry !== undefined) return retrySettings(call.retry, idempotent, timeout);
    const key = `${idempotent}:${timeout}`;
    let settings = defaultRetries.get(key);
    if (!settings) {
      settings = retrySettings(options.retry, idempotent, timeout);
      if (defaultRetries.size < 64) defaultRetries.set(key, settings);
    }
    return settings;
  };

  async function sendOnce(call: OutgoingCall, attemptAuth: boolean): Promise<{ response?: Response; stamp: unknown }> {
    const startedAt = performance.now();
    const url = new URL(options.baseUrl + call.path);
    if (call.query) for (const [key, value] of call.query) url.searchParams.append(key, value);
    const headers = new Headers(baseHeaders);
    if (call.contentType) headers.set('Content-Type', call.contentType);
    const callSecrets: string[] = [...(call.secrets ?? [])];
    for (const [key, value] of Object.entries(call.headers ?? {})) {
      headers.set(key, value);
      if (isSecretHeader(key)) callSecrets.push(value);
    }
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
    // this call's own secrets (credential headers, marked path parameters, secret fields) join the client's
    const redact = callSecrets.length
      ? createRedactor(
          { secrets: () => secretsOf(options.auth), secretParams: () => options.auth.secretParams?.() ?? [] },
          () => [...headerSecrets, ...callSecrets],
        )
      : redactor;
    const redactedUrl = () => redact.url(url);

    const info = (): RequestLogInfo => ({
      method: call.method,
      url: redactedUrl(),
      endpointId: call.endpointId,
      headers: redact.headers(headers),
    });
    const requestInfo = (): RequestInfo => ({ method: call.method, url: redactedUrl(), endpointId: call.endpointId });
    const requested = call.timeout ?? options.timeout ?? DEFAULT_TIMEOUT;
    const timeout = requested === 0 || requested === false ? false : requested;
    const maxResponse = call.maxResponseBytes ?? options.maxResponseBytes ?? DEFAULT_MAX_RESPONSE_BYTES;
    const maxDownload = call.maxDownloadBytes ?? options.maxDownloadBytes ?? false;
    let started = 0;
    // ky runs only the hooks the caller asked for: no work per call otherwise
    const kyHooks: NonNullable<Parameters<typeof ky>[1]>['hooks'] = watched ? {} : undefined;
    if (kyHooks && (hooks.beforeRequest.length || hooks.afterResponse.length)) {
      kyHooks.beforeRequest = [
        async ({ request }) => {
          started = performance.now();
          for (const hook of hooks.beforeRequest)
            await hook({ ...info(), setHeader: (name, value) => request.headers.set(name, value) });
        },
      ];
    }
    if (kyHooks && (hooks.beforeRetry.length || hooks.afterResponse.length)) {
      kyHooks.beforeRetry = [
        async ({ error, retryCount }) => {
          started = performance.now();
          const reason = toSaymonError(error, requestInfo, timeout, undefined, redact);
          if (reason instanceof SaymonError)
            for (const hook of hooks.beforeRetry) await hook({ ...info(), attempt: retryCount, error: reason });
        },
      ];
    }
    if (kyHooks && hooks.afterResponse.length) {
      kyHooks.afterResponse = [
        async ({ response }) => {
          const durationMs = performance.now() - started;
          for (const hook of hooks.afterResponse) await hook({ ...info(), status: response.status, durationMs });
        },
      ];
    }

    const tooLarge = (option: 'maxResponseBytes' | 'maxDownloadBytes', limit: number) => (size: Oversize) =>
      new SaymonResponseTooLargeError({ limit, option, ...size, request: requestInfo() });

    /**
     * With the runtime's own fetch (no `fetch` option) and a body that can be sent again (text,
     * bytes), the request goes out as URL + init rather than as ky's Request: fetch would copy a
     * Request's body through a new stream (a TransformStream and a pipe per call). The init
     * carries everything the Request holds (method, headers as the hooks left them, ky's signal
     * for timeouts and aborts, `redirect: 'manual'`). A custom fetch still gets the Request.
     */
    const direct = (input: FetchArgs[0], init: FetchArgs[1]): FetchArgs => {
      // a call without a body gains nothing: fetch takes ky's Request as it is (its headers are not re-read)
      if (options.fetch || !(input instanceof Request) || call.body === undefined || !resendable(call.body))
        return [input, init];
      const { method, headers: sent, signal, redirect } = input;
      return [input.url, { ...init, method, headers: sent, signal, redirect, body: call.body ?? null }];
    };

    /** fetch as ky sees it: no redirect is followed, and the answer is read within its bounds. */
    const guardedFetch: typeof globalThis.fetch = async (input, init) => {
      const response = await baseFetch(...direct(input, init));
      const redirect = redirectError(response, url, redact, requestInfo);
      if (redirect) {
        await response.body?.cancel().catch(() => {});
        throw redirect;
      }
      if (call.read === 'stream' && response.ok) {
        const announced = announcedLength(response.headers);
        if (maxDownload !== false && announced !== undefined && announced > maxDownload) {
          await response.body?.cancel().catch(() => {});
          throw tooLarge('maxDownloadBytes', maxDownload)({ announced });
        }
        if (!response.body) return response;
        const body = guardStream(response.body, {
          limit: maxDownload,
          remaining: timeout === false ? undefined : startedAt + timeout - performance.now(),
          tooLarge: (size) =>
            tooLarge(
              'maxDownloadBytes',
              maxDownload as number,
            )({ ...size, encoding: contentEncoding(response.headers) }),
          timedOut: () => new SaymonTimeoutError({ timeout: timeout || 0, request: requestInfo() }),
          failed: (error, received) =>
            call.signal?.aborted
              ? (call.signal.reason ?? error)
              : isAbortError(error)
                ? error
                : networkError(new IncompleteBodyError(received, error), requestInfo, redact),
        });
        return new Response(body, {
          status: response.status,
          statusText: response.statusText,
          headers: response.headers,
        });
      }
      const limit = response.ok
        ? maxResponse
        : maxResponse === false
          ? ERROR_BODY_BYTES
          : Math.min(maxResponse, ERROR_BODY_BYTES);
      let read: Awaited<ReturnType<typeof readLimited>>;
      try {
        read = await readLimited(
          response,
          limit,
          response.ok ? 'throw' : 'truncate',
          tooLarge('maxResponseBytes', limit || 0),
        );
      } catch (error) {
        // ky retries its own NetworkError like any failed connection (idempotent methods only)
        if (error instanceof IncompleteBodyError) throw new NetworkError(input as Request, { cause: error });
        throw error;
      }
      // the bytes are kept as they are: `new Response(bytes)` would copy them into a new stream
      const copy = new BufferedResponse(NULL_BODY_STATUSES.has(response.status) ? null : read.bytes, {
        status: response.status,
        statusText: response.statusText,
        headers: response.headers,
      });
      if (!response.ok)
        errorBodies.set(copy, { text: new TextDecoder().decode(read.bytes), truncated: read.truncated });
      return copy;
    };

    try {
      // only the options that differ from ky's defaults: ky merges every key it is given
      const kyOptions: NonNullable<Parameters<typeof ky>[1]> = {
        method: call.method,
        headers,
        timeout,
        totalTimeout: timeout,
        redirect: 'manual',
        retry: withDeadline(retryFor(call, timeout), timeout === false ? undefined : startedAt + timeout),
        fetch: guardedFetch,
      };
      // a body fetch gets in the init (see `direct`) is not given to ky: its Request would wrap it
      // in a stream that nothing reads
      if (call.body !== undefined && (options.fetch || !resendable(call.body))) kyOptions.body = call.body;
      if (call.signal) kyOptions.signal = call.signal;
      if (kyHooks) kyOptions.hooks = kyHooks;
      const response = await ky(url, kyOptions);
      return { response, stamp };
    } catch (error) {
      const converted = toSaymonError(error, requestInfo, timeout, call.signal, redact);
      // the stamp says which credentials failed (an opaque counter, never a secret)
      if (converted instanceof SaymonApiError) Object.defineProperty(converted, STAMP, { value: stamp });
      throw converted;
    }
  }

  function networkError(cause: unknown, requestInfo: () => RequestInfo, redact = redactor): SaymonNetworkError {
    const incomplete = cause instanceof IncompleteBodyError;
    const reason = incomplete ? 'BODY_INCOMPLETE' : findCode(cause);
    const detail = cause instanceof Error ? redact.text(cause.message) : undefined;
    return new SaymonNetworkError({ reason, detail, request: requestInfo(), cause: sanitizeCause(cause, redact) });
  }

  function toSaymonError(
    error: unknown,
    requestInfo: () => RequestInfo,
    timeout: number | false,
    signal?: AbortSignal,
    redact = redactor,
  ): unknown {
    if (error instanceof SaymonError) return error;
    if (signal?.aborted) return signal.reason ?? error;
    if (error instanceof HTTPError) {
      const body = errorBodies.get(error.response);
      return apiErrorFromBody(error.response.status, body ? body.text : error.data, requestInfo(), redact, {
        headers: error.response.headers,
        truncated: body?.truncated,
      });
    }
    if (error instanceof TimeoutError) return new SaymonTimeoutError({ timeout: timeout || 0, request: requestInfo() });
    if (error instanceof Error && error.name === 'AbortError') return error;
    return networkError(error instanceof NetworkError ? error.cause : error, requestInfo, redact);
  }

  async function fail(error: unknown): Promise<unknown> {
    if (!(error instanceof SaymonError)) return error;
    for (const hook of hooks.onError) await hook(error);
    let final: unknown = error;
    for (const hook of hooks.beforeError) {
      const replacement = await hook(final as Error);
      if (replacement instanceof Error) final = replacement;
    }
    return final;
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
      throw await fail(error);
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

  return { send, fail, authContext, redactor };
}

const STAMP = Symbol('auth stamp');

type FetchArgs = Parameters<typeof globalThis.fetch>;

/** Bodies fetch reads without consuming them: text and bytes (not streams; FormData gets a new boundary). */
const resendable = (body: BodyInit | undefined) =>
  body === undefined || typeof body === 'string' || body instanceof ArrayBuffer || ArrayBuffer.isView(body);

const errorName = (error: unknown) => (error instanceof Error ? error.name : typeof error);

/** Keeps the low-level reason of a network failure without anything that could hold a request. */
function sanitizeCause(error: unknown, redactor: Redactor): Error | undefined {
  if (!(error instanceof Error)) return undefined;
  const code = findCode(error);
  const clean = new Error(redactor.text(error.message));
  clean.name = error.name;
  if (code) (clean as Error & { code?: string }).code = code;
  return clean;
}
