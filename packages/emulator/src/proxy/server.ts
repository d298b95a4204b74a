/** The validating proxy on real TCP (Node): `createProxyApp` behind `@hono/node-server`. */
import type { AddressInfo } from 'node:net';
import { serve } from '@hono/node-server';
import { createProxyApp, type ProxyOptions } from './app.ts';

export interface StartProxyOptions extends ProxyOptions {
  /** Interface to listen on (default 127.0.0.1). */
  host?: string;
  /** Port (default 8080; 0 picks a free one). */
  port?: number;
}

export interface RunningProxy {
  /** Base URL, e.g. `http://127.0.0.1:8080`. */
  url: string;
  port: number;
  close(): Promise<void>;
}

export async function startProxy(options: StartProxyOptions): Promise<RunningProxy> {
  const { host = '127.0.0.1', port = 8080, ...proxyOptions } = options;
  // a specific address to listen on is also a name clients may use in Host
  const loopback = ['127.0.0.1', 'localhost', '::1', '0.0.0.0', '::'].includes(host);
  const listenName = host.includes(':') ? `[${host}]` : host;
  const allowedHosts = loopback ? proxyOptions.allowedHosts : [...(proxyOptions.allowedHosts ?? []), listenName];
  const proxy = createProxyApp({ ...proxyOptions, allowedHosts });
  const server = await new Promise<ReturnType<typeof serve>>((resolve, reject) => {
    const s = serve({ fetch: proxy.app.fetch, hostname: host, port }, () => resolve(s));
    s.once('error', reject);
  });
  const address = server.address() as AddressInfo;
  const shown = host === '0.0.0.0' || host === '::' ? '127.0.0.1' : listenName;
  return {
    url: `http://${shown}:${address.port}`,
    port: address.port,
    close: () =>
      new Promise<void>((resolve) => {
        server.close(() => resolve());
        if ('closeAllConnections' in server) server.closeAllConnections();
      }),
  };
}
