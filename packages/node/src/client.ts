import { type CoreOptions, createClient as createCoreClient, type SaymonClient } from '@saymon-sdk/core';
import { createDispatcher, fetchWith, type ProxyOptions, type TlsOptions } from './dispatcher.ts';
import { USER_AGENT } from './version.ts';

export interface NodeClientOptions extends CoreOptions {
  /** TLS trust for on-prem installs: a custom CA, or (explicitly) no verification. */
  tls?: TlsOptions;
  /** An HTTP(S) proxy to reach the server through. */
  proxy?: string | ProxyOptions;
  /** Overrides `User-Agent: saymon-sdk/<version>`. */
  userAgent?: string;
}

/**
 * Creates a SAYMON client for Node.js: the core client plus TLS and proxy settings and a
 * `User-Agent` header.
 */
export function createClient(options: NodeClientOptions): SaymonClient {
  const { tls, proxy, userAgent, ...core } = options;
  const dispatcher = createDispatcher(tls, proxy);
  const baseFetch = core.fetch ?? (dispatcher ? fetchWith(dispatcher) : undefined);
  return createCoreClient({
    ...core,
    fetch: baseFetch,
    headers: { 'User-Agent': userAgent ?? USER_AGENT, ...core.headers },
  });
}
