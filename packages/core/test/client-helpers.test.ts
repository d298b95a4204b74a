import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createClient } from '../src/client/create-client.ts';
import { SaymonSessionError, SaymonValidationError } from '../src/errors.ts';
import { ADMIN, type AuthServer, startAuthServer } from './auth-server.ts';
import { json, startServer, type TestServer } from './server.ts';

let auth: AuthServer;
let echo: TestServer;
beforeAll(async () => {
  auth = await startAuthServer();
  echo = await startServer((req, res) =>
    req.path.endsWith('/text') ? res.end('plain words') : json(res, 200, { path: req.path, body: req.body || null }),
  );
});
afterAll(async () => {
  await auth.close();
  await echo.close();
});

describe('sessions', () => {
  it('login() returns sid and csrf; another client reuses them for a write', async () => {
    const first = createClient({
      url: auth.url,
      auth: { type: 'session', login: ADMIN.login, password: ADMIN.password },
    });
    const session = await first.login();
    expect(session).toEqual({ type: 'session', sid: expect.any(String), csrf: expect.any(String) });
    expect(auth.sessions.get(session.sid)?.csrf).toBe(session.csrf);
    expect(await first.session()).toEqual(session);
    const second = createClient({ url: auth.url, auth: session });
    await second.objects.update({ id: '1', body: { name: 'via reused session' } });
    const write = auth.requests.at(-1);
    expect(write?.headers['x-csrf-token']).toBe(session.csrf);
    expect(await second.session()).toEqual(session);
  });

  it('session() logs in when no session is open yet', async () => {
    const logins = auth.logins;
    const client = createClient({ url: auth.url, auth: { type: 'session', ...ADMIN } });
    const session = await client.session();
    expect(session?.sid).toBeTruthy();
    expect(auth.logins).toBe(logins + 1);
  });

  it('after logout() nothing logs in silently: a typed error until login()', async () => {
    const client = createClient({ url: auth.url, auth: { type: 'session', ...ADMIN } });
    await client.users.current();
    await client.logout();
    const logins = auth.logins;
    const requests = auth.requests.length;
    const error = await client.users.current().catch((e: unknown) => e);
    expect(error).toBeInstanceOf(SaymonSessionError);
    expect(error).toMatchObject({ reason: 'logged-out' });
    expect((error as Error).message).toContain('client.login()');
    expect(auth.logins).toBe(logins);
    expect(auth.requests.length).toBe(requests); // nothing was sent
    expect(await client.session()).toBeUndefined();
    await client.login();
    await expect(client.users.current()).resolves.toMatchObject({ login: ADMIN.login });
  });

  it('a reused sid cannot log in again; login() on other auth kinds is a typed error', async () => {
    const opened = await createClient({ url: auth.url, auth: { type: 'session', ...ADMIN } }).login();
    const reuse = createClient({ url: auth.url, auth: opened });
    await reuse.logout();
    await expect(reuse.users.current()).rejects.toMatchObject({ name: 'SaymonSessionError', reason: 'logged-out' });
    await expect(reuse.login()).rejects.toMatchObject({ reason: 'no-credentials' });
    const basic = createClient({ url: auth.url, auth: { type: 'basic', ...ADMIN } });
    await expect(basic.login()).rejects.toMatchObject({ reason: 'not-session-auth' });
    expect(await basic.session()).toBeUndefined();
  });
});

describe('call({ method, path }) reaches any path under /node/api', () => {
  it('a path the registry lacks: JSON in, unknown out', async () => {
    const client = createClient({ url: echo.url });
    const answer = await client.call(
      { method: 'POST', path: '/node/api/custom/:name/run' },
      { path: { name: 'a b' }, query: { dry: true }, body: { x: 1 } },
    );
    expect(answer).toEqual({ path: '/node/api/custom/a%20b/run', body: '{"x":1}' });
    const sent = echo.requests.at(-1);
    expect(sent?.query.get('dry')).toBe('true');
    expect(sent?.headers['content-type']).toBe('application/json');
    await expect(client.call({ method: 'GET', path: '/node/api/plugin/text' })).resolves.toBe('plain words');
  });

  it('refuses paths outside /node/api and paths that would change the route, sending nothing', async () => {
    const client = createClient({ url: echo.url });
    const before = echo.requests.length;
    for (const path of ['/admin', '/node/api/../secret', '/node/api/x?y=1', '/node/api/a%2fb', 'node/api/x']) {
      await expect(client.call({ method: 'GET', path })).rejects.toBeInstanceOf(SaymonValidationError);
    }
    await expect(client.call({ method: 'TRACE' as 'GET', path: '/node/api/x' })).rejects.toBeInstanceOf(
      SaymonValidationError,
    );
    expect(echo.requests.length).toBe(before);
  });

  it('a registered route given as { method, path } still uses its definition', async () => {
    const client = createClient({ url: echo.url, responseValidation: 'off' });
    await client.call({ method: 'GET', path: '/node/api/objects/:id' }, { path: { id: '42' } });
    expect(echo.requests.at(-1)?.path).toBe('/node/api/objects/42');
  });
});

describe('extend()', () => {
  it('derives a client: headers merged, settings replaced, the session shared', async () => {
    const base = createClient({ url: auth.url, auth: { type: 'session', ...ADMIN }, headers: { 'X-A': '1' } });
    await base.users.current();
    const logins = auth.logins;
    const derived = base.extend({ headers: { 'X-B': '2' }, timeout: 1234, responseValidation: 'strict' });
    await derived.users.current();
    expect(auth.logins).toBe(logins); // same session, no second login
    const sent = auth.requests.at(-1);
    expect(sent?.headers['x-a']).toBe('1');
    expect(sent?.headers['x-b']).toBe('2');
    expect(derived.core.options).toMatchObject({
      timeout: 1234,
      responseValidation: 'strict',
      auth: { type: 'session' },
    });
    expect(base.core.options.timeout).toBeUndefined();
    const other = base.withAuth({ type: 'basic', ...ADMIN });
    await other.users.current();
    expect(auth.requests.at(-1)?.headers.authorization).toMatch(/^Basic /);
    expect(other.core.options.headers).toEqual({ 'X-A': '1' });
  });
});
