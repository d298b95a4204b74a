/**
 * The real server a proxy forwards to: http(s) only, read as the SDK reads a server URL
 * (`normalizeBaseUrl`), and refused when it holds credentials (they would be printed in every
 * start-up line and log) or a query or fragment (which the proxy would silently drop).
 */
import { SaymonValidationError } from '@saymon-sdk/core';
import { normalizeBaseUrl } from '@saymon-sdk/core/adapter';

/** A `--proxy` URL that cannot be used: the message names why, never the URL's credentials. */
export class ProxyTargetError extends Error {
  override name = 'ProxyTargetError';
}

/** The base URL requests go to (`https://saymon.example/base`), or a `ProxyTargetError`. */
export function proxyTarget(text: string): string {
  let base: string;
  try {
    base = normalizeBaseUrl(text);
  } catch (error) {
    const issue = error instanceof SaymonValidationError ? error.issues[0] : undefined;
    if (issue?.code === 'credentials_in_url')
      throw new ProxyTargetError('the server URL holds credentials: clients send their own, through the proxy');
    throw new ProxyTargetError(
      issue?.message.startsWith('Unsupported protocol') ? 'only http and https servers' : 'not a URL',
    );
  }
  const url = new URL(/^[a-z][a-z0-9+.-]*:\/\//i.test(text.trim()) ? text.trim() : base);
  if (url.search || url.hash || text.includes('?') || text.includes('#'))
    throw new ProxyTargetError('the server URL has a query or a fragment: give the server only');
  return base;
}
