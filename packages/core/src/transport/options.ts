import type { SaymonError } from '../errors.ts';

/** Retry settings; a number is the retry limit. `0` disables retries. */
export interface RetryOptions {
  /** How many times a failed call is retried (default 2). */
  limit?: number;
  /** Status codes that are retried (default 408, 429, 502, 503, 504). */
  statusCodes?: number[];
  /** Upper bound of one backoff delay in ms (default 10,000). */
  backoffLimit?: number;
  /** Longest `Retry-After` honoured, in ms (default: the call's timeout). */
  maxRetryAfter?: number;
  /** Computes the delay before retry `attempt` (1-based); default exponential from 300 ms with full jitter. */
  delay?: (attempt: number) => number;
}

/** What hooks meant for logging receive: never a credential. */
export interface RequestLogInfo {
  method: string;
  /** URL with credential parameters redacted. */
  url: string;
  endpointId: string | undefined;
  /** Headers with credential values redacted. */
  headers: Record<string, string>;
}

/** A hook option takes one function or an array of them (run in order). */
export type OneOrMany<F> = F | readonly F[];

export type BeforeRequestHook = (
  info: RequestLogInfo & { setHeader(name: string, value: string): void },
) => void | Promise<void>;
export type AfterResponseHook = (info: RequestLogInfo & { status: number; durationMs: number }) => void | Promise<void>;
export type BeforeRetryHook = (info: RequestLogInfo & { attempt: number; error: SaymonError }) => void | Promise<void>;
export type OnErrorHook = (error: SaymonError) => void | Promise<void>;
/** Returns a replacement for the error the caller receives, or nothing to keep it. */
// biome-ignore lint/suspicious/noConfusingVoidType: a hook that returns nothing (void) keeps the error
export type BeforeErrorHook = (error: Error) => Error | undefined | void | Promise<Error | undefined | void>;

export interface Hooks {
  /** Before each request is sent; `setHeader` can add or change a header. */
  beforeRequest?: OneOrMany<BeforeRequestHook>;
  /** After each response arrives (every attempt, including error statuses). */
  afterResponse?: OneOrMany<AfterResponseHook>;
  /** Before a retry is made. */
  beforeRetry?: OneOrMany<BeforeRetryHook>;
  /** When a call fails (network errors and timeouts included): sees the SDK's error, for logging. */
  onError?: OneOrMany<OnErrorHook>;
  /**
   * After `onError`: each hook may return a replacement error (it is what the caller receives and
   * what the next `beforeError` hook sees).
   */
  beforeError?: OneOrMany<BeforeErrorHook>;
}

export interface Logger {
  warn(message: string, details?: unknown): void;
}

/** Options every call can override. */
export interface CallOptions {
  signal?: AbortSignal;
  /** Milliseconds for the whole call, retries included. `0` or `false` means no limit. */
  timeout?: number | false;
  retry?: number | RetryOptions;
  /**
   * Mark a POST or PATCH as safe to repeat, so it is retried like GET, PUT and DELETE.
   * Without it, POST and PATCH are never retried.
   */
  idempotent?: boolean;
  /** Extra headers for this call. */
  headers?: Record<string, string>;
  responseValidation?: 'strict' | 'warn' | 'off';
  /**
   * Largest answer read into memory (JSON, text, error bodies), in bytes, counted while it
   * streams. Default 64 MiB; `false`: no limit. Over it: `SaymonResponseTooLargeError`.
   */
  maxResponseBytes?: number | false;
  /** Largest streamed answer (binary endpoints, document downloads), in bytes. Default: no limit. */
  maxDownloadBytes?: number | false;
}
