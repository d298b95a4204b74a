import { createRequire } from 'node:module';
import type * as Undici from 'undici';
import type { Dispatcher } from 'undici';

/**
 * undici is loaded on the first client that needs TLS or proxy settings, never at import: it
 * takes about as long to load as the rest of the SDK (see BENCHMARKS.md), and clients without
 * such settings use the runtime's own `fetch`. undici is CommonJS, so `require` loads it
 * synchronously and `createDispatcher` stays synchronous.
 */
let undici: typeof Undici | undefined;
const loadUndici = (): typeof Undici => {
  undici ??= createRequire(import.meta.url)('undici') as typeof Undici;
  return undici;
};

export interface TlsOptions {
  /** CA certificate(s) in PEM to trust, e.g. the one that signed a lab install's self-signed certificate. */
  ca?: string | Buffer | (string | Buffer)[];
  /**
   * Set to `false` to accept any certificate. This turns off protection against
   * man-in-the-middle attacks: prefer `ca`. Default `true`.
   */
  rejectUnauthorized?: boolean;
  /** Client certificate and key (PEM), for servers that require mutual TLS. */
  cert?: string | Buffer;
  key?: string | Buffer;
}

export interface ProxyOptions {
  /** Proxy URL, `http://proxy:3128` (credentials may be included: `http://user:pass@proxy:3128`). */
  url: string;
  /** Trust settings for the proxy's own TLS, when the proxy is reached over https. */
  tls?: TlsOptions;
}

/** Builds the undici dispatcher carrying TLS trust and proxy settings; `undefined` when none are set. */
export function createDispatcher(tls?: TlsOptions, proxy?: string | ProxyOptions): Dispatcher | undefined {
  const connect = tls && {
    ca: tls.ca,
    cert: tls.cert,
    key: tls.key,
    rejectUnauthorized: tls.rejectUnauthorized ?? true,
  };
  if (proxy) {
    const options = typeof proxy === 'string' ? { url: proxy } : proxy;
    return new (loadUndici().ProxyAgent)({
      uri: options.url,
      requestTls: connect,
      proxyTls: options.tls && { ca: options.tls.ca, rejectUnauthorized: options.tls.rejectUnauthorized ?? true },
    });
  }
  return connect ? new (loadUndici().Agent)({ connect }) : undefined;
}

/** A `fetch` that sends every request through the dispatcher. */
export function fetchWith(dispatcher: Dispatcher): typeof globalThis.fetch {
  return (input, init) => globalThis.fetch(input, { ...init, dispatcher } as RequestInit);
}
