import { Agent, type Dispatcher, ProxyAgent } from 'undici';

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
    return new ProxyAgent({
      uri: options.url,
      requestTls: connect,
      proxyTls: options.tls && { ca: options.tls.ca, rejectUnauthorized: options.tls.rejectUnauthorized ?? true },
    });
  }
  return connect ? new Agent({ connect }) : undefined;
}

/** A `fetch` that sends every request through the dispatcher. */
export function fetchWith(dispatcher: Dispatcher): typeof globalThis.fetch {
  return (input, init) => globalThis.fetch(input, { ...init, dispatcher } as RequestInit);
}
