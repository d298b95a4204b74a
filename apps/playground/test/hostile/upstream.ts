/**
 * The hostile suites' servers, over real HTTP on 127.0.0.1: a "real SAYMON" that records what
 * reaches it (and logs in like SAYMON: `Set-Cookie: sid, csrf` and the sid in the body), and the
 * playground's dev-server middleware on a plain Node server. Both close when the test ends.
 */
import { createServer, type IncomingHttpHeaders, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { onTestFinished } from 'vitest';
import { type ProxyState, playgroundMiddleware } from '../../server/proxy.ts';

export interface Seen {
  method: string;
  url: string;
  headers: IncomingHttpHeaders;
  body: string;
}

export const SID = 'sid-held-by-the-proxy-4f1c';
export const CSRF = 'csrf-held-by-the-proxy-9b2e';

async function listen(server: Server): Promise<string> {
  await new Promise<void>((done) => server.listen(0, '127.0.0.1', done));
  onTestFinished(() => new Promise<void>((done) => server.close(() => done())));
  return `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
}

/** A server that records every request and answers like SAYMON's login and a plain JSON read. */
export async function startUpstream(): Promise<{ url: string; seen: Seen[] }> {
  const seen: Seen[] = [];
  const server = createServer(async (req, res) => {
    let body = '';
    for await (const chunk of req) body += chunk;
    seen.push({ method: req.method ?? '', url: req.url ?? '', headers: req.headers, body });
    if (req.url === '/node/api/users/session' && req.method === 'POST') {
      res.writeHead(200, {
        'content-type': 'application/json',
        'set-cookie': [`sid=${SID}; Path=/; HttpOnly`, `csrf=${CSRF}; Path=/`],
      });
      return res.end(JSON.stringify(SID));
    }
    if (req.url === '/node/api/users/session' && req.method === 'DELETE') {
      res.writeHead(204, { 'set-cookie': ['sid=; Path=/; Max-Age=0', 'csrf=; Path=/; Max-Age=0'] });
      return res.end();
    }
    res.writeHead(200, { 'content-type': 'application/json' });
    res.end('{}');
  });
  return { url: await listen(server), seen };
}

/** The playground's dev-server middleware (what Vite mounts) on its own server. */
export async function startPlaygroundProxy(state: ProxyState): Promise<string> {
  const middleware = playgroundMiddleware(state);
  const server = createServer((req, res) =>
    middleware(req, res, () => {
      res.writeHead(404);
      res.end();
    }),
  );
  return listen(server);
}

/** The headers Chromium sends with a `fetch` of the playground's own page. */
export const samePage = (playground: string, write = true): Record<string, string> => ({
  'sec-fetch-site': 'same-origin',
  ...(write ? { origin: playground } : {}),
});
