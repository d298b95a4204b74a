import type { SaymonApiError } from '../errors.ts';

/** The request an auth strategy may add credentials to. */
export interface OutgoingRequest {
  readonly method: string;
  /** Add query parameters here (e.g. `api-token`). */
  readonly url: URL;
  /** Add headers here (e.g. `Authorization`, `Cookie`). */
  readonly headers: Headers;
}

/** What a strategy may use to talk to the server itself (to log in or out). */
export interface AuthContext {
  /**
   * Sends a request without credentials and returns the response. Non-2xx answers throw
   * `SaymonApiError`. `path` is a server path such as `/node/api/users/session`.
   */
  send(method: string, path: string, init?: { json?: unknown; headers?: Record<string, string> }): Promise<Response>;
}

/**
 * A way to authenticate. The built-in ones are created from `auth` options; a custom strategy is
 * any object with this shape (it can add headers or query parameters to every request).
 */
export interface AuthStrategy {
  readonly type: string;
  /**
   * Adds credentials to a request. May return a stamp identifying the credentials used; it is
   * handed back to `refresh` so that concurrent failures trigger only one renewal.
   */
  authorize(request: OutgoingRequest, context: AuthContext): unknown | Promise<unknown>;
  /**
   * Called when the server answered 401 to a request authorised with `stamp`. Resolve `true` to
   * send the request once more (after renewing credentials), `false` to fail with the 401.
   */
  refresh?(error: SaymonApiError, context: AuthContext, stamp: unknown): Promise<boolean>;
  /** Ends the server-side session, if the strategy has one. */
  logout?(context: AuthContext): Promise<void>;
  /**
   * The secret values this strategy holds (passwords, tokens, session ids), so they can be
   * redacted from errors and logs. The built-in strategies keep theirs out of reach instead.
   */
  secrets?(): string[];
  /** Query parameter names this strategy puts credentials in (e.g. a custom token `param`), so URLs are redacted. */
  secretParams?(): string[];
}

export interface BasicAuthOptions {
  type: 'basic';
  login: string;
  password: string;
}

export interface TokenAuthOptions {
  type: 'token';
  token: string;
  /** Query parameter name: `api-token` as documented (default), or `auth-token` as some servers use. */
  param?: string;
}

export interface SessionLoginOptions {
  type: 'session';
  login: string;
  password: string;
}

export interface SessionReuseOptions {
  type: 'session';
  /** An existing session id; it cannot be renewed when it expires. */
  sid: string;
  /** The `csrf` cookie value that newer servers pair with the session. */
  csrf?: string;
}

export type AuthOptions =
  | BasicAuthOptions
  | TokenAuthOptions
  | SessionLoginOptions
  | SessionReuseOptions
  | { type: 'none' }
  | AuthStrategy;
