/**
 * The errors every SAYMON call can throw. All extend `SaymonError`; each has stable, documented
 * fields and renders without secrets (`message`, `String()`, `JSON.stringify`, `util.inspect`).
 */
import type * as z from 'zod/mini';

export interface ValidationIssue {
  /** Where the problem is, e.g. `['body', 'name']`. */
  path: (string | number)[];
  message: string;
  code?: string;
}

export interface RequestInfo {
  method: string;
  /** The request URL with credentials redacted. */
  url: string;
  endpointId?: string;
}

/**
 * Brands: a getter per class under a `Symbol.for` key, inherited by subclasses. The `is...`
 * guards (`guards.ts`) and `instanceof` read them, so errors from another copy of the SDK or
 * another realm (a worker, a vm context, a bundled duplicate) are recognised too.
 */
const brand = (name: string) => Symbol.for(`saymon-sdk.${name}`);
export const BRANDS = {
  SaymonError: brand('SaymonError'),
  SaymonApiError: brand('SaymonApiError'),
  SaymonValidationError: brand('SaymonValidationError'),
  SaymonResponseValidationError: brand('SaymonResponseValidationError'),
  SaymonNetworkError: brand('SaymonNetworkError'),
  SaymonTimeoutError: brand('SaymonTimeoutError'),
  SaymonSessionError: brand('SaymonSessionError'),
} as const;

/** Whether a value carries a brand (own or inherited, from any copy of the SDK). */
export function hasBrand(value: unknown, key: symbol): boolean {
  return (
    (typeof value === 'object' || typeof value === 'function') &&
    value !== null &&
    (value as Record<symbol, unknown>)[key] === true
  );
}

/** `instanceof` by brand: the class's own `saymon-sdk.*` key, else the prototype chain. */
function brandedInstance(type: { prototype: object }, value: unknown): boolean {
  const key = Object.getOwnPropertySymbols(type.prototype).find((s) => Symbol.keyFor(s)?.startsWith('saymon-sdk.'));
  return key ? hasBrand(value, key) : Function.prototype[Symbol.hasInstance].call(type, value);
}

/** Base class of every error the SDK throws. */
export class SaymonError extends Error {
  override name = 'SaymonError';
  get [BRANDS.SaymonError](): true {
    return true;
  }
  /** `instanceof` works across realms and SDK copies: it checks the class's brand. */
  static override [Symbol.hasInstance](value: unknown): boolean {
    // biome-ignore lint/complexity/noThisInStatic: `this` is the subclass `instanceof` was used with
    return brandedInstance(this, value);
  }
  /** The call that failed (method, redacted URL, endpoint id), when one was being made. */
  readonly request?: RequestInfo;

  constructor(message: string, options: { request?: RequestInfo; cause?: unknown } = {}) {
    super(message, options.cause === undefined ? undefined : { cause: options.cause });
    if (options.request) this.request = options.request;
  }

  toJSON(): Record<string, unknown> {
    const out: Record<string, unknown> = { name: this.name, message: this.message };
    for (const [key, value] of Object.entries(this)) if (key !== 'cause') out[key] = value;
    return out;
  }
}

/** The server answered with an error status. */
export class SaymonApiError extends SaymonError {
  override name = 'SaymonApiError';
  get [BRANDS.SaymonApiError](): true {
    return true;
  }
  readonly status: number;
  /** SAYMON's error code: `Unauthorized`, `InvalidCredentials`, `BadRequest`, `InvalidContent`, `ResourceNotFound`, ... */
  readonly code: string | undefined;
  /** The server's message; for 401 answers, the inner message (`Session expired.`). */
  readonly serverMessage: string | undefined;
  /** For 401 answers whose message is a JSON document: its `errorCode` (3 in every documented case). */
  readonly errorCode: number | undefined;
  /** The parsed JSON error body, when there was one. */
  readonly body: unknown;
  /** The start of a body that was not JSON (an HTML page from a proxy), at most 200 characters. */
  readonly bodySnippet: string | undefined;
  /**
   * The response headers (`error.headers.get('retry-after')`), with credential headers such as
   * `set-cookie` replaced by `[REDACTED]`. Empty when the error was not built from a response.
   */
  readonly headers: Headers;

  constructor(init: {
    status: number;
    code?: string;
    serverMessage?: string;
    errorCode?: number;
    body?: unknown;
    bodySnippet?: string;
    request?: RequestInfo;
    headers?: Headers;
  }) {
    const what = init.code ? `${init.code}` : `HTTP ${init.status}`;
    const detail = init.serverMessage ?? init.bodySnippet ?? '';
    const where = init.request ? ` (${init.request.method} ${init.request.url})` : '';
    super(`SAYMON answered ${init.status} ${what}${detail ? `: ${detail}` : ''}${where}`, { request: init.request });
    this.status = init.status;
    this.code = init.code;
    this.serverMessage = init.serverMessage;
    this.errorCode = init.errorCode;
    this.body = init.body;
    this.bodySnippet = init.bodySnippet;
    this.headers = init.headers ?? new Headers();
  }

  override toJSON(): Record<string, unknown> {
    return { ...super.toJSON(), headers: Object.fromEntries(this.headers.entries()) };
  }
}

/** Input was rejected before anything was sent. */
export class SaymonValidationError extends SaymonError {
  override name = 'SaymonValidationError';
  get [BRANDS.SaymonValidationError](): true {
    return true;
  }
  readonly issues: ValidationIssue[];
  readonly endpointId: string | undefined;

  constructor(init: { issues: ValidationIssue[]; endpointId?: string; message?: string }) {
    const list = init.issues.map((i) => `${i.path.join('.') || '(input)'}: ${i.message}`).join('; ');
    super(init.message ?? `Invalid input${init.endpointId ? ` for ${init.endpointId}` : ''}: ${list}`);
    this.issues = init.issues;
    this.endpointId = init.endpointId;
  }
}

/** The server's answer does not match the endpoint's response schema. */
export class SaymonResponseValidationError extends SaymonError {
  override name = 'SaymonResponseValidationError';
  get [BRANDS.SaymonResponseValidationError](): true {
    return true;
  }
  readonly issues: ValidationIssue[];
  readonly endpointId: string | undefined;
  readonly status: number | undefined;

  constructor(init: { issues: ValidationIssue[]; endpointId?: string; status?: number; request?: RequestInfo }) {
    const first = init.issues
      .slice(0, 3)
      .map((i) => `${i.path.join('.') || '(body)'}: ${i.message}`)
      .join('; ');
    const more = init.issues.length > 3 ? ` (+${init.issues.length - 3} more)` : '';
    super(`Unexpected response${init.endpointId ? ` from ${init.endpointId}` : ''}: ${first}${more}`, {
      request: init.request,
    });
    this.issues = init.issues;
    this.endpointId = init.endpointId;
    this.status = init.status;
  }
}

/** The request never got an answer: connection refused, reset, DNS failure, TLS failure. */
export class SaymonNetworkError extends SaymonError {
  override name = 'SaymonNetworkError';
  get [BRANDS.SaymonNetworkError](): true {
    return true;
  }
  /** The low-level reason, e.g. `ECONNREFUSED`, when the runtime reported one. */
  readonly reason: string | undefined;

  constructor(init: { reason?: string; detail?: string; request?: RequestInfo; cause?: unknown }) {
    const where = init.request ? ` (${init.request.method} ${init.request.url})` : '';
    super(`Network error${init.reason ? ` ${init.reason}` : ''}${init.detail ? `: ${init.detail}` : ''}${where}`, {
      request: init.request,
      cause: init.cause,
    });
    this.reason = init.reason;
  }
}

/** The call did not finish within `timeout` milliseconds (retries included). */
export class SaymonTimeoutError extends SaymonError {
  override name = 'SaymonTimeoutError';
  get [BRANDS.SaymonTimeoutError](): true {
    return true;
  }
  readonly timeout: number;

  constructor(init: { timeout: number; request?: RequestInfo }) {
    const where = init.request ? ` (${init.request.method} ${init.request.url})` : '';
    super(`No answer within ${init.timeout} ms${where}`, { request: init.request });
    this.timeout = init.timeout;
  }
}

/**
 * Session auth cannot go on: the session was ended with `logout()` (call `client.login()` to open
 * a new one), the client reuses a session id and has no login and password to log in with, or
 * `login()` was called on a client that does not use session auth.
 */
export type SessionErrorReason = 'logged-out' | 'no-credentials' | 'not-session-auth';

export class SaymonSessionError extends SaymonError {
  override name = 'SaymonSessionError';
  get [BRANDS.SaymonSessionError](): true {
    return true;
  }
  readonly reason: SessionErrorReason;

  constructor(init: { reason: SessionErrorReason; message: string }) {
    super(init.message);
    this.reason = init.reason;
  }
}

/**
 * The server answered with a redirect. The SDK follows none: credentials must never reach an
 * address the caller did not configure. `location` is the target (redacted), when the runtime
 * shows it (browsers hide it: `redirect: 'manual'` yields an opaque answer).
 */
export class SaymonRedirectError extends SaymonError {
  override name = 'SaymonRedirectError';
  /** 301, 302, 303, 307 or 308; `0` in browsers, where the redirect is opaque. */
  readonly status: number;
  /** Where the server redirects to (credentials redacted); `undefined` when the runtime hides it. */
  readonly location: string | undefined;
  /** Whether the target is another origin than the configured server (`undefined` when unknown). */
  readonly crossOrigin: boolean | undefined;

  constructor(init: {
    status: number;
    location?: string;
    crossOrigin?: boolean;
    hint?: string;
    request?: RequestInfo;
  }) {
    const where = init.request ? ` (${init.request.method} ${init.request.url})` : '';
    const target = init.location
      ? `the server redirects to ${init.location}`
      : 'the server answered with a redirect (the browser hides its target)';
    const hint =
      init.hint ??
      (init.location
        ? '; the SDK does not follow redirects: if that is the SAYMON server, configure that URL'
        : '; the SDK does not follow redirects: configure the URL the server redirects to');
    super(`${target[0]?.toUpperCase()}${target.slice(1)}${hint}${where}`, { request: init.request });
    this.status = init.status;
    this.location = init.location;
    this.crossOrigin = init.crossOrigin;
  }
}

/** The answer is larger than the limit the call allows; nothing more was read. */
export class SaymonResponseTooLargeError extends SaymonError {
  override name = 'SaymonResponseTooLargeError';
  /** The limit in bytes. */
  readonly limit: number;
  /** Which option set it: `maxResponseBytes` (answers read into memory) or `maxDownloadBytes` (streamed). */
  readonly option: 'maxResponseBytes' | 'maxDownloadBytes';
  /** The size the server announced in `Content-Length` when the answer was refused on it (no content coding). */
  readonly contentLength: number | undefined;

  constructor(init: {
    limit: number;
    option: 'maxResponseBytes' | 'maxDownloadBytes';
    /** `Content-Length`, when the answer was refused on it before reading. */
    announced?: number;
    /** The limit was passed while counting the bytes read. */
    counted?: boolean;
    /** The content coding the counted bytes were decoded from. */
    encoding?: string;
    request?: RequestInfo;
  }) {
    const where = init.request ? ` (${init.request.method} ${init.request.url})` : '';
    const size =
      !init.counted && init.announced !== undefined
        ? `the server announced ${init.announced} bytes (Content-Length)`
        : `more than that arrived (bytes counted while reading${init.encoding ? `, after decoding ${init.encoding}` : ''})`;
    super(`The answer exceeds ${init.option} = ${init.limit} bytes: ${size}${where}`, {
      request: init.request,
    });
    this.limit = init.limit;
    this.option = init.option;
    this.contentLength = init.counted ? undefined : init.announced;
  }
}

/**
 * A JSON endpoint got an answer that is not JSON (a proxy's HTML login page, a body cut off in the
 * middle). Thrown in every response validation mode, `off` included.
 */
export class SaymonResponseFormatError extends SaymonResponseValidationError {
  override name = 'SaymonResponseFormatError';
  /** The answer's `Content-Type`. */
  readonly contentType: string | undefined;
  /** The start of the answer as plain text (tags stripped, secrets redacted), at most 200 characters. */
  readonly bodySnippet: string | undefined;

  constructor(init: {
    message: string;
    endpointId?: string;
    status?: number;
    contentType?: string;
    bodySnippet?: string;
    request?: RequestInfo;
  }) {
    super({
      issues: [{ path: [], message: init.message }],
      endpointId: init.endpointId,
      status: init.status,
      request: init.request,
    });
    this.contentType = init.contentType;
    this.bodySnippet = init.bodySnippet;
  }
}

/** Converts zod issues to the SDK's issue shape, optionally under a prefix (`path`, `query`, `body`). */
export function toIssues(issues: readonly z.core.$ZodIssue[], prefix?: string): ValidationIssue[] {
  return issues.map((issue) => ({
    path: [...(prefix ? [prefix] : []), ...issue.path.map((p) => (typeof p === 'symbol' ? String(p) : p))],
    message: issue.message,
    code: issue.code,
  }));
}
