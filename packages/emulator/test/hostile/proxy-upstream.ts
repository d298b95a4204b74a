/**
 * The proxy hostile suites' servers, over real HTTP on 127.0.0.1: a "real SAYMON" that notes every
 * request reaching it and logs in like SAYMON (`Set-Cookie: sid, csrf` and the sid in the body),
 * echoing what it was sent where a careless server would (so a leak would show), and the
 * validating proxy in front of it. Both close when the test ends.
 */
import { createServer, type IncomingHttpHeaders, request } from 'node:http';
import type { AddressInfo } from 'node:net';
import { onTestFinished } from 'vitest';
import { type StartProxyOptions, startProxy } from '../../src/proxy/server.ts';

export interface Seen {
  method: string;
  url: string;
  headers: IncomingHttpHeaders;
  body: string;
}

export const SID = 'sid-held-by-the-proxy-4f1c';
export const CSRF = 'csrf-held-by-the-proxy-9b2e';

/** A server that notes every request; answers a login like SAYMON and every read with what it saw. */
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
    // a careless server: it echoes the request's credentials in its answer and its headers
    const echo = `${req.headers.authorization ?? ''} ${req.headers.cookie ?? ''} ${req.url}`;
    res.writeHead(200, { 'content-type': 'application/json', 'x-echo': echo.replace(/[^\x20-\x7e]/g, '') });
    res.end(JSON.stringify([{ id: '1', name: echo, note: { seen: echo } }]));
  });
  await new Promise<void>((done) => server.listen(0, '127.0.0.1', done));
  onTestFinished(
    () =>
      new Promise<void>((done) => {
        server.closeAllConnections();
        server.close(() => done());
      }),
  );
  return { url: `http://127.0.0.1:${(server.address() as AddressInfo).port}`, seen };
}

/** The validating proxy in front of `target`; its log lines are collected. */
export async function startTestProxy(target: string, options: Partial<StartProxyOptions> = {}) {
  const lines: string[] = [];
  const proxy = await startProxy({ port: 0, target, log: (line) => lines.push(line), ...options });
  onTestFinished(() => proxy.close());
  return { ...proxy, lines };
}

/** A raw request (fetch would not let the test set Host, Origin or Sec-Fetch-*). */
export function send(
  url: string,
  options: { method: string; headers: Record<string, string>; body?: string },
): Promise<{ status: number; body: string; headers: IncomingHttpHeaders }> {
  return new Promise((resolve, reject) => {
    const req = request(url, { method: options.method, headers: options.headers }, (res) => {
      let body = '';
      res.on('data', (chunk) => (body += chunk));
      res.on('end', () => resolve({ status: res.statusCode ?? 0, body, headers: res.headers }));
    });
    req.on('error', reject);
    req.end(options.body);
  });
}
