/**
 * The validating proxy's other doors: every call the registry marks as a change is refused while it
 * forwards reads only (nothing reaches the server); bodies over the limit get 413 before a byte is
 * forwarded, declared or chunked; a real server that is down or never answers gets a 502 labelled
 * as the proxy's; paths outside `/node/api/` go nowhere; a `--proxy` URL with credentials or a query
 * is refused at start-up without printing the credentials.
 */
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { Readable } from 'node:stream';
import { endpoints } from '@saymon-sdk/core';
import { describe, expect, it, onTestFinished } from 'vitest';
import { PROXY_HEADER } from '../../src/proxy/app.ts';
import { ProxyTargetError, proxyTarget } from '../../src/proxy/target.ts';
import { run } from '../cli-process.ts';
import { Findings } from './findings.ts';
import { send, startTestProxy, startUpstream } from './proxy-upstream.ts';

const concrete = (path: string) => path.replace(/:[A-Za-z_]+/g, 'x1');

describe('hostile: the validating proxy’s doors', () => {
  it('refuses every call the registry marks write or destructive, and forwards none', async () => {
    const upstream = await startUpstream();
    const proxy = await startTestProxy(upstream.url);
    const findings = new Findings('proxy read-only');
    const changes = endpoints.filter(
      (e) => e.effect !== 'read' && !['sessions.create', 'sessions.delete'].includes(e.id),
    );
    for (const endpoint of changes) {
      const answer = await fetch(`${proxy.url}${concrete(endpoint.path)}`, {
        method: endpoint.method,
        headers: { 'content-type': 'application/json' },
        ...(endpoint.method === 'GET' ? {} : { body: '{}' }),
      });
      const body = (await answer.json()) as { code?: string; message?: string };
      findings.check(
        endpoint.id,
        answer.status !== 403 || body.code !== 'ProxyReadOnly' || !body.message?.includes('--proxy-writes')
          ? `answered ${answer.status} ${body.code}`
          : answer.headers.get(PROXY_HEADER) !== 'read-only'
            ? 'not labelled'
            : undefined,
      );
    }
    findings.print();
    expect(changes.length).toBeGreaterThan(100);
    expect(findings.found).toEqual([]);
    expect(upstream.seen).toEqual([]);
  });

  it('refuses bodies over the limit, declared or chunked, before forwarding them', async () => {
    const upstream = await startUpstream();
    const proxy = await startTestProxy(upstream.url, { writes: true, bodyLimit: 1024 });
    const big = JSON.stringify({ name: 'x'.repeat(4096) });
    const declared = await send(`${proxy.url}/node/api/objects`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', 'content-length': String(big.length) },
      body: big,
    });
    expect(declared.status).toBe(413);
    const chunked = await fetch(`${proxy.url}/node/api/objects`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: Readable.toWeb(Readable.from([big.slice(0, 2000), big.slice(2000)])) as ReadableStream,
      duplex: 'half',
    } as RequestInit);
    expect(chunked.status).toBe(413);
    expect(chunked.headers.get(PROXY_HEADER)).toBe('refused');
    expect(upstream.seen).toEqual([]);
  });

  it('answers a 502 labelled as the proxy’s when the real server is down or too slow', async () => {
    // a port nothing listens on: taken, then let go
    const gone = createServer();
    await new Promise<void>((done) => gone.listen(0, '127.0.0.1', done));
    const port = (gone.address() as AddressInfo).port;
    await new Promise<void>((done) => gone.close(() => done()));
    const down = await startTestProxy(`http://127.0.0.1:${port}`);
    const answer = await fetch(`${down.url}/node/api/objects`);
    expect(answer.status).toBe(502);
    expect(answer.headers.get(PROXY_HEADER)).toBe('unreachable');
    expect(await answer.json()).toMatchObject({
      code: 'ProxyError',
      message: expect.stringMatching(/^The emulator's proxy could not reach the real server \(ECONNREFUSED\)/),
    });

    // a server that takes the request and never answers
    const silent = createServer(() => undefined);
    await new Promise<void>((done) => silent.listen(0, '127.0.0.1', done));
    onTestFinished(() => {
      silent.closeAllConnections();
      silent.close();
    });
    const slow = await startTestProxy(`http://127.0.0.1:${(silent.address() as AddressInfo).port}`, { timeoutMs: 200 });
    const late = await fetch(`${slow.url}/node/api/objects`);
    expect(late.status).toBe(502);
    expect(late.headers.get(PROXY_HEADER)).toBe('unreachable');
  });

  it('forwards /node/api/* only', async () => {
    const upstream = await startUpstream();
    const proxy = await startTestProxy(upstream.url);
    for (const path of ['/', '/__emulator/reset', '/node/../etc/passwd', '/node-resources/x', '/node/apix/objects']) {
      const answer = await fetch(`${proxy.url}${path}`);
      expect(answer.status, path).toBe(404);
    }
    expect(upstream.seen).toEqual([]);
  });

  it('refuses a real server URL with credentials, a query or another scheme, without printing the password', () => {
    for (const url of [
      'http://admin:hunter22@saymon.example',
      'https://saymon.example/?api-token=t0k3n',
      'ftp://x.example',
      'http://x.example/#f',
    ])
      expect(() => proxyTarget(url), url).toThrow(ProxyTargetError);
    const ran = run(['--port', '0', '--proxy', 'http://admin:hunter22@saymon.example']);
    expect(ran.code).toBe(2);
    expect(ran.stderr).toMatch(/--proxy: the server URL holds credentials/);
    expect(ran.stderr + ran.stdout).not.toContain('hunter22');
  });
});
