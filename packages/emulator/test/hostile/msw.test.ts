/**
 * The MSW handlers under attack: no credential in anything they log, a body that is not JSON gets
 * the emulator's typed 400 with nothing stored, and no request outside SAYMON's paths under the
 * base URL is taken (look-alike hosts, ports, schemes and paths reach MSW's unhandled-request report).
 */
import { setupServer } from 'msw/node';
import { afterAll, afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { createEmulatorHandlers } from '../../src/msw/index.ts';
import { onUnhandled } from '../msw-unhandled.ts';
import { ADMIN, basic, Findings } from './findings.ts';

const BASE = 'https://saymon.example.com';
const emulator = createEmulatorHandlers({ baseUrl: BASE, seed: 'empty' });
const server = setupServer(...emulator.handlers);
const unhandled: string[] = [];
beforeAll(() =>
  server.listen(
    // recorded, then refused (MSW answers a thrown error with a 500 of its own; the findings are the report)
    onUnhandled((request) => {
      unhandled.push(request.url);
      throw new TypeError('unhandled request');
    }),
  ),
);
afterEach(() => emulator.reset());
afterAll(() => server.close());

/** Everything written to the console and to stdout/stderr while `run` runs. */
async function captureLogs(run: () => Promise<void>): Promise<string> {
  const lines: string[] = [];
  const spies = (['log', 'info', 'warn', 'error', 'debug', 'trace', 'group', 'groupCollapsed'] as const).map((name) =>
    vi.spyOn(console, name).mockImplementation((...args: unknown[]) => {
      lines.push(args.map((a) => (a instanceof Error ? `${a.message} ${a.stack}` : String(a))).join(' '));
    }),
  );
  const writes = [process.stdout, process.stderr].map((stream) =>
    vi.spyOn(stream, 'write').mockImplementation((chunk: string | Uint8Array) => {
      lines.push(String(chunk));
      return true;
    }),
  );
  try {
    await run();
  } finally {
    for (const spy of [...spies, ...writes]) spy.mockRestore();
  }
  return lines.join('\n');
}

describe('hostile: MSW handlers', () => {
  it('log no credential: passwords, tokens, session ids and csrf values stay out of every log line', async () => {
    const findings = new Findings('MSW handlers: credentials in logs');
    const password = 'Pw-0f-the-msw-suite';
    const created = await fetch(`${BASE}/node/api/users`, {
      method: 'POST',
      headers: { authorization: ADMIN, 'content-type': 'application/json' },
      body: JSON.stringify({ login: 'msw-user', password, permissions: ['manage-objects'] }),
    });
    const { id } = (await created.json()) as { id: string };
    const token = (await (
      await fetch(`${BASE}/node/api/users/${id}/auth-token`, { method: 'POST', headers: { authorization: ADMIN } })
    ).json()) as string;
    const secrets: string[] = [password, token];
    const logs = await captureLogs(async () => {
      const login = await fetch(`${BASE}/node/api/users/session`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ login: 'msw-user', password }),
      });
      const sid = (await login.json()) as string;
      const csrf = emulator.emulator.store.state.sessions[sid]?.csrf ?? '';
      secrets.push(sid, csrf);
      const calls: [string, RequestInit][] = [
        ['/node/api/users/current', { headers: { authorization: basic('msw-user', password) } }],
        ['/node/api/users/current', { headers: { authorization: basic('msw-user', `${password}-wrong`) } }],
        [`/node/api/users/current?api-token=${token}`, {}],
        [`/node/api/users/current?api-token=${token}x`, {}],
        ['/node/api/users/current', { headers: { cookie: `sid=${sid}` } }],
        ['/node/api/objects', { method: 'POST', headers: { cookie: `sid=${sid}`, 'x-csrf-token': `${csrf}x` } }],
        [
          '/node/api/objects',
          { method: 'POST', headers: { cookie: `sid=${sid}`, 'x-csrf-token': csrf }, body: `{"name":"${password}` },
        ],
        [
          '/node/api/users/session',
          {
            method: 'POST',
            headers: { 'content-type': 'application/json' },
            body: `{"login":"x","password":"${password}`,
          },
        ],
        ['/node/api/users/session', { method: 'DELETE', headers: { cookie: `sid=${sid}`, 'x-csrf-token': csrf } }],
      ];
      for (const [path, init] of calls) {
        const answer = await fetch(`${BASE}${path}`, init);
        const text = await answer.text();
        findings.check(
          `${init.method ?? 'GET'} ${path.replace(token, '<token>')}: the password in the answer`,
          text.includes(password) ? 'shown' : undefined,
        );
      }
    });
    for (const [index, secret] of secrets.entries())
      findings.check(`secret ${index + 1} in the logs`, logs.includes(secret) ? 'logged' : undefined);
    findings.print();
    expect(findings.tried).toBeGreaterThanOrEqual(13);
    expect(findings.found).toEqual([]);
  });

  it('a body that is not JSON gets the typed 400, and nothing is stored', async () => {
    const findings = new Findings('MSW handlers: unparseable bodies');
    const bodies = ['{', 'not json', '[1,', '{"name":"a",}', '\u0000', `${'['.repeat(200)}${']'.repeat(200)}`];
    const before = JSON.stringify(emulator.emulator.store.state.objects);
    for (const body of bodies) {
      const answer = await fetch(`${BASE}/node/api/objects`, {
        method: 'POST',
        headers: { authorization: ADMIN, 'content-type': 'application/json' },
        body,
      });
      const error = (await answer.json()) as { code?: unknown; message?: unknown };
      const typed = answer.status === 400 && typeof error.code === 'string' && typeof error.message === 'string';
      findings.check(`POST /objects ${JSON.stringify(body.slice(0, 16))}`, typed ? undefined : `${answer.status}`);
    }
    findings.check(
      'the store after them',
      JSON.stringify(emulator.emulator.store.state.objects) === before ? undefined : 'changed',
    );
    findings.print();
    expect(findings.found).toEqual([]);
  });

  it('takes no request outside SAYMON paths under the base URL: each reaches MSW as unhandled', async () => {
    const findings = new Findings('MSW handlers: look-alike URLs');
    const others = [
      `${BASE}/`,
      `${BASE}/node`,
      `${BASE}/node/apix/objects`,
      `${BASE}/node-resourcesx/docs/1`,
      `${BASE}/api/objects`,
      `${BASE}/__emulator/health`,
      `${BASE}/%6eode/api/objects`,
      'https://saymonXexample.com/node/api/objects',
      'https://saymon.example.com.evil.test/node/api/objects',
      'https://evil.saymon.example.com/node/api/objects',
      'https://saymon.example.com:8443/node/api/objects',
      'http://saymon.example.com/node/api/objects',
      'https://other.example/https://saymon.example.com/node/api/objects',
    ];
    for (const url of others) {
      unhandled.length = 0;
      await fetch(url, { headers: { authorization: ADMIN } });
      findings.check(url, unhandled.length === 1 ? undefined : 'taken by the handlers');
    }
    for (const path of ['/node/api/objects', '//node//api/objects', '/node-resources/docs/none']) {
      unhandled.length = 0;
      const answer = await fetch(`${BASE}${path}`, { headers: { authorization: ADMIN } });
      findings.check(
        `${path} (a SAYMON path)`,
        unhandled.length === 0 && answer.status < 500 ? undefined : 'not handled',
      );
    }
    findings.print();
    expect(findings.tried).toBe(16);
    expect(findings.found).toEqual([]);
  });
});
