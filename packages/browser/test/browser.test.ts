/**
 * The adapter in a real browser: Debian's Chromium loads a page from http://127.0.0.1:<port>
 * and calls the emulator at http://localhost:<other port> — another origin (and another site),
 * both loopback.
 */
import { DEMO_USERS, type RunningEmulator, startEmulator } from '@saymon-sdk/emulator';
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it, onTestFinished } from 'vitest';
import { type BrowserPage, crossSiteCookieProxy, OTHER_HOST, openPage } from './harness.ts';
import type { Outcome, Scenarios } from './page/app.ts';

let emulator: RunningEmulator;
let browser: BrowserPage;
let server: string;
let token: string;
let proxy: Awaited<ReturnType<typeof crossSiteCookieProxy>>;

const admin = { type: 'basic', ...DEMO_USERS.admin } as const;

beforeAll(async () => {
  // the page's origin passes /node/ on to the emulator too: same-origin calls
  [emulator, browser] = await Promise.all([startEmulator({ port: 0 }), openPage({ api: () => emulator.url })]);
  server = `http://localhost:${emulator.port}`;
  proxy = await crossSiteCookieProxy(emulator.url);
  const response = await fetch(`${emulator.url}/node/api/users/current`, {
    headers: { Authorization: `Basic ${btoa(`${DEMO_USERS.admin.login}:${DEMO_USERS.admin.password}`)}` },
  });
  const user = (await response.json()) as { id: string };
  const created = await fetch(`${emulator.url}/node/api/users/${user.id}/auth-token`, {
    method: 'POST',
    headers: { Authorization: `Basic ${btoa(`${DEMO_USERS.admin.login}:${DEMO_USERS.admin.password}`)}` },
  });
  token = JSON.parse(await created.text()) as string;
}, 60_000);

afterAll(async () => {
  await browser?.close();
  await proxy?.close();
  await emulator?.close();
});

// each test starts with an empty cookie jar (cookies are per host, not per port)
beforeEach(() => browser.page.context().clearCookies());

afterEach(async (context) => {
  if (context.task.result?.state === 'fail') {
    const dir = await browser.keepEvidence(context.task.name.replace(/\W+/g, '-'));
    console.error(`browser log and trace kept in ${dir}`);
  }
});

function run<K extends keyof Scenarios>(
  name: K,
  auth: unknown,
  url = server,
  { page = browser.page, args = [] as unknown[] } = {},
): Promise<Awaited<ReturnType<Scenarios[K]>>> {
  return page.evaluate(
    ([name, url, auth, args]) =>
      (
        globalThis as unknown as {
          scenarios: Record<string, (u: string, a: unknown, ...rest: unknown[]) => Promise<unknown>>;
        }
      ).scenarios[name]!(url, auth, ...args),
    [name, url, auth, args] as const,
  ) as never;
}

const session = { type: 'session', ...DEMO_USERS.admin } as const;

describe('in Chromium, on the same origin', () => {
  it('a session writes at once after its login (the csrf cookie is read after the login set it)', async () => {
    const current = (await (
      await fetch(`${emulator.url}/node/api/objects/1`, {
        headers: { Authorization: `Basic ${btoa(`${DEMO_USERS.admin.login}:${DEMO_USERS.admin.password}`)}` },
      })
    ).json()) as { name: string };
    const result = (await run('writeFirst', session, browser.origin, { args: [current.name] })) as Outcome;
    expect(result.error).toBeUndefined();
    expect(result.value).toBe(current.name);
    // one login, one write: no 403 and no second attempt
    expect(result.sent).toEqual(['POST /node/api/users/session', 'PATCH /node/api/objects/1']);
  });
});

describe('in Chromium, across origins', () => {
  it('Basic auth reads and writes', async () => {
    const read = await run('read', admin);
    expect(read).toEqual({ value: '1', sent: ['GET /node/api/objects/1'] });
    const write = (await run('write', admin)) as Outcome;
    expect(write.error).toBeUndefined();
    expect(write.value).toMatch(/\*$/);
  });

  it('token auth reads and writes', async () => {
    const auth = { type: 'token', token };
    expect(await run('read', auth)).toEqual({ value: '1', sent: ['GET /node/api/objects/1'] });
    const write = (await run('write', auth)) as Outcome;
    expect(write.error).toBeUndefined();
    expect(write.value).toMatch(/\*$/);
  });

  it('a cookie session reads; a write explains the csrf cookie it cannot read, and is not sent', async () => {
    // across sites the browser sends cookies marked SameSite=None; Secure only: the proxy marks them
    const url = `http://localhost:${proxy.port}`;
    const result = await run('session', session, url);
    expect(result.read).toEqual({
      value: 'admin',
      sent: ['POST /node/api/users/session', 'GET /node/api/users/current'],
    });
    expect(result.write.error).toMatchObject({ name: 'SaymonCsrfError', csrf: true, saymon: true });
    expect(result.write.error?.message).toContain(`cannot read the csrf cookie of ${url}`);
    expect(result.write.error?.message).toContain("token auth ({ type: 'token', token })");
    expect(result.write.error?.message).toContain('proxy');
    expect(result.writeSent).toEqual([]);
  });

  it('a session whose cookie the browser does not send across sites says so', async () => {
    // the emulator's cookies carry no SameSite: Chromium treats them as Lax and keeps them to their site
    const result = await run('session', session);
    expect(result.read.error).toMatchObject({ name: 'SaymonSessionCookieError', saymon: true });
    expect(result.read.error?.message).toContain('SameSite=None; Secure');
    expect(result.read.error?.message).not.toContain(DEMO_USERS.admin.password);
  });

  it('a session on the same host (another port) echoes the csrf cookie, so writes work', async () => {
    const result = (await run('write', session, emulator.url)) as Outcome;
    expect(result.error).toBeUndefined();
    expect(result.value).toMatch(/\*$/);
  });

  it('a page on an origin the server refuses gets a network error that explains CORS, not only "Failed to fetch"', async () => {
    // a loopback page origin the emulator does not allow (it allows localhost, 127.0.0.1 and [::1])
    const page = await browser.openAt(OTHER_HOST);
    onTestFinished(() => page.close());
    const pageOrigin = new URL(page.url()).origin;
    const result = await run('read', admin, server, { page });
    expect(result.error).toMatchObject({ name: 'SaymonNetworkError', network: true, reason: 'CROSS_ORIGIN' });
    expect(result.error?.message).toContain(`this page (${pageOrigin})`);
    expect(result.error?.message).toContain(`${server}`);
    expect(result.error?.message).toContain('CORS');
    expect(result.error?.message).toContain('--allowed-origin');
    expect(result.error?.message).toMatch(/server is down/);
    expect(result.error?.message).not.toContain(DEMO_USERS.admin.password);
    // the same call from an allowed origin works: it was the origin
    expect(await run('read', admin)).toEqual({ value: '1', sent: ['GET /node/api/objects/1'] });
  });

  it('a server that is down, across origins, is the same typed error', async () => {
    const down = await startEmulator({ port: 0 });
    const url = `http://localhost:${down.port}`;
    await down.close();
    const result = await run('read', admin, url);
    expect(result.error).toMatchObject({ name: 'SaymonNetworkError', network: true, reason: 'CROSS_ORIGIN' });
    expect(result.error?.message).toContain(url);
  });

  it('an unknown object is a SaymonApiError 404', async () => {
    const result = await run('notFound', admin);
    expect(result.error).toMatchObject({ name: 'SaymonApiError', status: 404, saymon: true });
    expect(result.error?.message).not.toContain(DEMO_USERS.admin.password);
  });

  it('abort and timeout', async () => {
    emulator.faults.add({ kind: 'latency', delayMs: 1500, path: '/node/api/objects/1', times: 2 });
    const [aborted, timedOut] = await Promise.all([run('abort', admin), run('timeout', admin)]);
    expect(aborted.error).toMatchObject({ name: 'AbortError', message: 'left the page', saymon: false });
    expect(timedOut.error).toMatchObject({ name: 'SaymonTimeoutError', saymon: true });
    expect(timedOut.error?.message).toContain('No answer within 200 ms');
  });
});
