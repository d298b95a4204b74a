/**
 * Pages on other origins riding the validating proxy (the playground proxy's vectors): an
 * auto-submitted `text/plain` form, an image or `no-cors` fetch, a page on another local port, a
 * sandboxed frame (`Origin: null`), a typed link, a DNS-rebound host name, a look-alike origin.
 * Every route must refuse them (403, labelled as the proxy's) with nothing forwarded and without
 * naming the real server; programs (no Origin, no Sec-Fetch-*) and named origins pass.
 */
import { describe, expect, it } from 'vitest';
import { PROXY_HEADER } from '../../src/proxy/app.ts';
import { Findings } from './findings.ts';
import { send, startTestProxy, startUpstream } from './proxy-upstream.ts';

const ROUTES: readonly { method: string; path: string; body?: string }[] = [
  { method: 'GET', path: '/node/api/objects' },
  { method: 'GET', path: '/node/api/users/current' },
  { method: 'POST', path: '/node/api/users/session', body: '{"login":"a","password":"b"}' },
  { method: 'POST', path: '/node/api/objects', body: '{"name":"planted","parent_id":"1"}=' },
  { method: 'DELETE', path: '/node/api/objects/1' },
];

const ATTACKS = (proxy: string): { name: string; headers: Record<string, string> }[] => {
  const port = new URL(proxy).port;
  return [
    {
      name: 'an auto-submitted text/plain form from another site',
      headers: { origin: 'http://evil.example', 'sec-fetch-site': 'cross-site', 'content-type': 'text/plain' },
    },
    { name: 'an image or no-cors fetch from another site', headers: { 'sec-fetch-site': 'cross-site' } },
    {
      name: 'a page on another local port',
      headers: { origin: 'http://127.0.0.1:9', 'sec-fetch-site': 'same-site', 'content-type': 'text/plain' },
    },
    { name: 'another local port, no Sec-Fetch-Site', headers: { origin: 'http://localhost:9' } },
    { name: 'a sandboxed frame', headers: { origin: 'null', 'sec-fetch-site': 'cross-site' } },
    { name: 'a link typed or followed (Sec-Fetch-Site: none)', headers: { 'sec-fetch-site': 'none' } },
    { name: 'a same-site image (Sec-Fetch-Site: same-site, no Origin)', headers: { 'sec-fetch-site': 'same-site' } },
    {
      name: 'a DNS-rebound host name',
      headers: {
        host: `rebound.example:${port}`,
        origin: `http://rebound.example:${port}`,
        'sec-fetch-site': 'same-origin',
      },
    },
    { name: 'a rebound host name, no Origin', headers: { host: `rebound.example:${port}` } },
    { name: 'a look-alike origin', headers: { origin: `${proxy}.evil.example`, 'sec-fetch-site': 'cross-site' } },
  ];
};

describe('hostile: cross-site requests through the validating proxy', () => {
  it('every route refuses every request that is not a program’s or a named origin’s', async () => {
    const upstream = await startUpstream();
    const proxy = await startTestProxy(upstream.url, { writes: true });
    const findings = new Findings('proxy cross-site');
    for (const route of ROUTES) {
      for (const attack of ATTACKS(proxy.url)) {
        const before = upstream.seen.length;
        const answer = await send(`${proxy.url}${route.path}`, {
          method: route.method,
          headers: { ...attack.headers, cookie: 'sid=victim-sid; csrf=victim-csrf' },
          ...(route.body ? { body: route.body } : {}),
        });
        const problems = [
          upstream.seen.length > before ? 'forwarded to the server' : '',
          answer.status !== 403 ? `answered ${answer.status}` : '',
          answer.headers[PROXY_HEADER.toLowerCase()] !== 'refused' ? 'not labelled as the proxy’s refusal' : '',
          answer.body.includes(upstream.url) || answer.body.includes(new URL(upstream.url).port)
            ? "told the server's address"
            : '',
        ].filter(Boolean);
        findings.check(`${attack.name} → ${route.method} ${route.path}`, problems.join(', ') || undefined);
      }
    }
    findings.print();
    expect(findings.tried).toBe(ROUTES.length * ATTACKS(proxy.url).length);
    expect(findings.found).toEqual([]);
  });

  it('programs and named origins pass; a named origin gets CORS headers', async () => {
    const upstream = await startUpstream();
    const proxy = await startTestProxy(upstream.url, { allowedOrigins: ['http://app.example:3000'] });
    const program = await send(`${proxy.url}/node/api/objects`, { method: 'GET', headers: {} });
    expect(program.status).toBe(200);
    const page = await send(`${proxy.url}/node/api/objects`, {
      method: 'GET',
      headers: { origin: 'http://app.example:3000', 'sec-fetch-site': 'cross-site' },
    });
    expect(page.status).toBe(200);
    expect(page.headers['access-control-allow-origin']).toBe('http://app.example:3000');
    expect(upstream.seen).toHaveLength(2);
  });
});
