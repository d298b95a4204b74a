import type { AuthContext, AuthStrategy } from '../auth/types.ts';
import type { Redactor } from '../redact.ts';
import type { CallOptions, Hooks, RetryOptions } from './options.ts';

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
