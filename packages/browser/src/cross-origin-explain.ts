import { SaymonNetworkError } from '@saymon-sdk/core';
import { pageLocation } from './cookies.ts';

/** The `reason` of a `SaymonNetworkError` on a call to another origin the browser gave no answer to. */
export const CROSS_ORIGIN = 'CROSS_ORIGIN';

/**
 * The error for a failed `fetch`: on a call to another origin, the browser reports only "Failed to
 * fetch" (a `TypeError`), for a server that does not allow the page's origin (CORS) as for one that
 * is down, so the error names both and what to do about each. An abort stays an abort, and a
 * failure on the page's own origin stays the network error it was.
 */
export function explainFailure(error: unknown, input: RequestInfo | URL, init?: RequestInit): unknown {
  const request = input instanceof Request ? input : undefined;
  const page = pageLocation();
  if (!(error instanceof TypeError) || (init?.signal ?? request?.signal)?.aborted || !page) return error;
  const url = request?.url ?? String(input);
  // a relative URL is the page's own origin
  const server = URL.canParse(url) ? new URL(url).origin : page.origin;
  if (server === page.origin) return error;
  const method = (request?.method ?? init?.method ?? 'GET').toUpperCase();
  const detail =
    `the browser got no readable answer from ${server} to a ${method} call from this page (${page.origin}). ` +
    `Either the server does not allow this page's origin (CORS): allow ${page.origin} on the server (the emulator: ` +
    `--allowed-origin ${page.origin}, or the allowedOrigins option), or serve the page from ${server} or through ` +
    `a proxy on its own origin; or the server is down or unreachable: check that it runs at ${server}. ` +
    `The browser's console names which one it was`;
  return new SaymonNetworkError({ reason: CROSS_ORIGIN, detail, cause: error });
}
