import { resolveAuth } from '../auth/index.ts';
import type { AuthOptions, AuthStrategy } from '../auth/types.ts';
import { checkHeaders } from '../auth/validate.ts';
import type { SaymonResponseValidationError } from '../errors.ts';
import { redactHeaders } from '../redact.ts';
import { createTransport, type Transport } from '../transport/http.ts';
import type { Hooks, Logger, OneOrMany, RetryOptions } from '../transport/options.ts';
import { normalizeBaseUrl } from '../transport/url.ts';
import type { ResponseValidationMode } from '../validation/response.ts';

export interface CoreOptions {
  /**
   * The SAYMON server: `https://saymon.example.com`, a bare host (`saymon.example.com:8443` means
   * `https://`; loopback hosts such as `localhost:8080`, `127.0.0.1` and `[::1]` mean `http://`), or
   * a URL ending in `/node/api`.
   */
  url: string | URL;
  /** Basic, token, session (login or existing sid), none, or a custom strategy. */
  auth?: AuthOptions;
  /** Milliseconds for a whole call, retries included (default 30,000). `0` or `false`: no limit. */
  timeout?: number | false;
  /** Retries of idempotent calls (GET, PUT, DELETE) on network errors, 408, 429, 502, 503, 504. Default 2. */
  retry?: number | RetryOptions;
  /** `strict` throws on an unexpected answer, `warn` (default) reports it once per endpoint, `off` skips checks. */
  responseValidation?: ResponseValidationMode;
  /** Headers sent with every call. */
  headers?: Record<string, string>;
  hooks?: Hooks & {
    /** In `warn` mode: called once per endpoint whose answer did not match its schema. */
    onValidationIssue?: OneOrMany<(error: SaymonResponseValidationError) => void>;
  };
  /** Largest answer read into memory, in bytes (default 64 MiB; `false`: none). Per call too. */
  maxResponseBytes?: number | false;
  /** Largest streamed answer (binary endpoints, document downloads), in bytes (default: none). Per call too. */
  maxDownloadBytes?: number | false;
  /** Where `warn` mode reports when no `onValidationIssue` hook is set (default: `console`). */
  logger?: Logger;
  /** A `fetch` implementation (for tests, proxies, instrumentation). */
  fetch?: typeof globalThis.fetch;
}

/**
 * The settings of a core as it shows them: no credentials. `auth` says only which kind is used
 * (and the token parameter name); credential headers are `[REDACTED]`.
 */
export type CoreSettings = Readonly<
  Omit<CoreOptions, 'auth' | 'url'> & { url: string; auth: { readonly type: string; readonly param?: string } }
>;

/** The configured connection every call goes through: transport, auth and validation settings. */
export interface SaymonCore {
  readonly transport: Transport;
  /** The auth strategy. The built-in ones keep their credentials out of reach (nothing to render). */
  readonly auth: AuthStrategy;
  /** The settings without credentials. */
  readonly options: CoreSettings;
  /** Reports a response that did not match its schema, once per endpoint. */
  reportValidationIssue(error: SaymonResponseValidationError): void;
}

/** The options a core was created with, credentials included, for deriving clients (`extend`). */
const originals = new WeakMap<SaymonCore, CoreOptions>();

/** The options a core was created with (auth resolved to its strategy), or `undefined` for a foreign object. */
export function coreOptionsOf(core: SaymonCore): CoreOptions | undefined {
  return originals.get(core);
}

function describeAuth(options: AuthOptions | undefined, strategy: AuthStrategy): CoreSettings['auth'] {
  const type = strategy.type;
  const param =
    options && 'type' in options && options.type === 'token' && !('authorize' in options)
      ? (options.param ?? 'api-token')
      : undefined;
  return Object.freeze(param ? { type, param } : { type });
}

/**
 * Creates the core without the endpoint registry: pair it with `call` and the endpoint
 * definitions you import, and a bundler keeps only those.
 */
export function createCore(options: CoreOptions): SaymonCore {
  const baseUrl = normalizeBaseUrl(options.url);
  checkHeaders(options.headers, 'headers');
  const auth = resolveAuth(options.auth);
  const transport = createTransport({
    baseUrl,
    auth,
    fetch: options.fetch,
    timeout: options.timeout,
    retry: options.retry,
    headers: options.headers,
    hooks: options.hooks,
    maxResponseBytes: options.maxResponseBytes,
    maxDownloadBytes: options.maxDownloadBytes,
  });
  const reported = new Set<string>();
  const { auth: _auth, url: _url, headers, ...rest } = options;
  const settings: CoreSettings = Object.freeze({
    ...rest,
    url: baseUrl,
    auth: describeAuth(options.auth, auth),
    ...(headers ? { headers: Object.freeze(redactHeaders(headers)) } : {}),
  });
  const core: SaymonCore = Object.freeze({
    transport,
    auth,
    options: settings,
    reportValidationIssue(error: SaymonResponseValidationError) {
      const key = error.endpointId ?? '';
      if (reported.has(key)) return;
      reported.add(key);
      const listeners = options.hooks?.onValidationIssue;
      if (listeners) for (const listener of Array.isArray(listeners) ? listeners : [listeners]) listener(error);
      else (options.logger ?? console).warn(`[saymon-sdk] ${error.message}`, { issues: error.issues });
    },
  });
  originals.set(core, { ...options, auth });
  return core;
}
