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

export interface Hooks {
  /** Before each request is sent; `setHeader` can add or change a header. */
  beforeRequest?: (info: RequestLogInfo & { setHeader(name: string, value: string): void }) => void | Promise<void>;
  /** After each response arrives (every attempt, including error statuses). */
  afterResponse?: (info: RequestLogInfo & { status: number; durationMs: number }) => void | Promise<void>;
  /** Before a retry is made. */
  beforeRetry?: (info: RequestLogInfo & { attempt: number; error: SaymonError }) => void | Promise<void>;
  /** When a call fails, network errors and timeouts included. */
  onError?: (error: SaymonError) => void | Promise<void>;
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
}
