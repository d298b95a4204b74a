/**
 * Pages on other origins riding the dev server's routes: an auto-submitted `text/plain` form, an
 * image, a `no-cors` fetch, a page on another local port, a sandboxed frame (`Origin: null`), a
 * DNS-rebound host name. Every route (`/__real/*`, `/__local/*`, `/__playground/*`) must refuse
 * them (403) with nothing forwarded or changed; the playground's own requests pass and reach the
 * server with their `Origin` as the browser sent it.
 */
import { request } from 'node:http';
import { describe, expect, it } from 'vitest';
import { Findings } from '../../../../packages/emulator/test/hostile/findings.ts';
import type { ProxyState } from '../../server/proxy.ts';
import { samePage, startPlaygroundProxy, startUpstream } from './upstream.ts';

/** A raw request (fetch would not let the test set Host, Origin or Sec-Fetch-*). */
function send(
  url: string,
  options: { method: string; headers: Record<string, string>; body?: string },
): Promise<{ status: number; body: string }> {
  return new Promise((resolve, reject) => {
    const req = request(url, { method: options.method, headers: options.headers }, (res) => {
      let body = '';
      res.on('data', (chunk) => (body += chunk));
      res.on('end', () => resolve({ status: res.statusCode ?? 0, body }));
    });
    req.on('error', reject);
    req.end(options.body);
  });
}

const ROUTES: readonly { method: string; path: string; body?: string; json?: true }[] = [
  { method: 'POST', path: '/__real/node/api/objects', body: '{"name":"planted","parent_id":"1"}=' },
  { method: 'GET', path: '/__real/node/api/users/current' },
  { method: 'POST', path: '/__real/node/api/users/session', body: '{"login":"a","password":"b"}' },
  { method: 'POST', path: '/__local/node/api/objects', body: '{"name":"planted","parent_id":"1"}=' },
  { method: 'DELETE', path: '/__local/node/api/objects/1' },
  { method: 'GET', path: '/__playground/config.json' },
  { method: 'POST', path: '/__playground/real', body: '{"url":"http://attacker.example"}', json: true },
];

/** What hostile pages make the browser send (`host` is the playground's own unless rebound). */
const ATTACKS = (host: string): { name: string; headers: Record<string, string> }[] => [
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
  { name: 'a request that says nothing of where it comes from', headers: {} },
  {
    name: 'a DNS-rebound host name',
    headers: {
      host: `rebound.example:${new URL(host).port}`,
      origin: `http://rebound.example:${new URL(host).port}`,
      'sec-fetch-site': 'same-origin',
    },
  },
  {
    name: 'a look-alike origin',
    headers: { origin: `${host}.evil.example`, 'sec-fetch-site': 'cross-site' },
  },
];

describe('hostile: cross-site requests through the dev server', () => {
  it('every route refuses every request that is not the playground page’s own', async () => {
    const upstream = await startUpstream();
    const state: ProxyState = { local: upstream.url, real: upstream.url, session: { sid: 'victim-sid' } };
    const playground = await startPlaygroundProxy(state);
    const findings = new Findings('playground cross-site');
    for (const route of ROUTES) {
      for (const attack of ATTACKS(playground)) {
        const before = upstream.seen.length;
        const headers: Record<string, string> = { ...attack.headers, cookie: 'sid=victim-sid; csrf=victim-csrf' };
        if (route.json) headers['content-type'] = 'application/json';
        const answer = await send(`${playground}${route.path}`, {
          method: route.method,
          headers,
          ...(route.body ? { body: route.body } : {}),
        });
        const problems = [
          upstream.seen.length > before ? 'forwarded to the server' : '',
          answer.status !== 403 ? `answered ${answer.status}` : '',
          state.real !== upstream.url ? 'repointed the real target' : '',
          answer.body.includes(upstream.url) ? "told the server's address" : '',
        ].filter(Boolean);
        state.real = upstream.url;
        findings.check(`${attack.name} → ${route.method} ${route.path}`, problems.join(', ') || undefined);
      }
    }
    findings.print();
    expect(findings.found).toEqual([]);
  });

  it("the playground's own requests pass, with their Origin forwarded as sent", async () => {
    const upstream = await startUpstream();
    const state: ProxyState = { local: upstream.url, real: upstream.url };
    const playground = await startPlaygroundProxy(state);
    const findings = new Findings('playground same-origin');
    for (const prefix of ['/__real', '/__local']) {
      for (const write of [true, false]) {
        const method = write ? 'POST' : 'GET';
        const before = upstream.seen.length;
        const answer = await send(`${playground}${prefix}/node/api/objects`, {
          method,
          headers: { ...samePage(playground, write), 'content-type': 'application/json' },
          ...(write ? { body: '{}' } : {}),
        });
        const seen = upstream.seen[before];
        const origin = seen?.headers.origin;
        findings.check(
          `${method} ${prefix} from the playground`,
          answer.status !== 200
            ? `answered ${answer.status}`
            : write && origin !== playground
              ? `the server saw Origin ${origin ?? '(none)'}`
              : !write && origin !== undefined
                ? `the server saw an Origin the browser did not send (${origin})`
                : undefined,
        );
      }
    }
    const config = await send(`${playground}/__playground/config.json`, {
      method: 'GET',
      headers: samePage(playground, false),
    });
    findings.check('GET /__playground/config.json from the playground', config.status === 200 ? undefined : 'refused');
    findings.print();
    expect(findings.found).toEqual([]);
  });
});
