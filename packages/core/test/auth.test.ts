import { describe, expect, it, onTestFinished } from 'vitest';
import type { AuthStrategy } from '../src/auth/types.ts';
import { createClient } from '../src/client/create-client.ts';
import { SaymonApiError } from '../src/errors.ts';
import { createAuthToken, revokeAuthToken } from '../src/helpers/tokens.ts';
import { ADMIN, startAuthServer } from './auth-server.ts';

const basic = { type: 'basic', login: ADMIN.login, password: ADMIN.password } as const;

describe('basic auth', () => {
  it('sends Authorization: Basic with UTF-8 credentials', async () => {
    const server = await startAuthServer();
    onTestFinished(() => server.close());
    const client = createClient({ url: server.url, auth: basic });
    await expect(client.users.current()).resolves.toMatchObject({ login: 'admin' });
    const header = server.requests[0]?.headers.authorization ?? '';
    expect(Buffer.from(header.slice(6), 'base64').toString('utf8')).toBe(`admin:${ADMIN.password}`);
  });

  it('maps wrong credentials to InvalidCredentials with the inner message', async () => {
    const server = await startAuthServer();
    onTestFinished(() => server.close());
    const client = createClient({ url: server.url, auth: { ...basic, password: 'nope' } });
    const error = await client.users.current().catch((e: unknown) => e);
    expect(error).toBeInstanceOf(SaymonApiError);
    expect(error).toMatchObject({
      status: 401,
      code: 'InvalidCredentials',
      errorCode: 3,
      serverMessage: 'Invalid login or password.',
    });
  });

  it('without credentials the server says Not logged in', async () => {
    const server = await startAuthServer();
    onTestFinished(() => server.close());
    const error = await createClient({ url: server.url })
      .users.current()
      .catch((e: unknown) => e);
    expect(error).toMatchObject({ status: 401, code: 'Unauthorized', serverMessage: 'Not logged in.' });
  });
});

describe('token auth and the documented token lifecycle', () => {
  it('basic → create token → use it as api-token → revoke → 401 Unauthorized', async () => {
    const server = await startAuthServer();
    onTestFinished(() => server.close());
    const admin = createClient({ url: server.url, auth: basic });
    const token = await createAuthToken(admin, ADMIN.id);
    expect(token).toMatch(/^[0-9a-f-]{36}$/); // unquoted
    const withToken = admin.withAuth({ type: 'token', token });
    await expect(withToken.users.current()).resolves.toMatchObject({ id: ADMIN.id, authenticationToken: token });
    const used = server.requests.at(-1);
    expect(used?.path).toBe('/node/api/users/current');
    expect(used?.query.get('api-token')).toBe(token);
    expect(used?.headers.authorization).toBeUndefined();

    await revokeAuthToken(admin, ADMIN.id);
    const error = await withToken.users.current().catch((e: unknown) => e);
    expect(error).toBeInstanceOf(SaymonApiError);
    expect(error).toMatchObject({ status: 401, code: 'Unauthorized', serverMessage: 'Invalid API token.' });
  });

  it('can send the token as auth-token', async () => {
    const server = await startAuthServer();
    onTestFinished(() => server.close());
    const admin = createClient({ url: server.url, auth: basic });
    const token = await createAuthToken(admin, ADMIN.id);
    const client = createClient({ url: server.url, auth: { type: 'token', token, param: 'auth-token' } });
    await client.users.current();
    expect(server.requests.at(-1)?.query.get('auth-token')).toBe(token);
    expect(server.requests.at(-1)?.query.has('api-token')).toBe(false);
  });
});

/** An auth server closed with the test, and a session client of the admin on it. */
async function sessionServer(options?: { csrf?: boolean }) {
  const server = await startAuthServer(options);
  onTestFinished(() => server.close());
  const client = createClient({
    url: server.url,
    auth: { type: 'session', login: ADMIN.login, password: ADMIN.password },
  });
  return { server, client };
}

describe('session auth', () => {
  it('logs in once, sends sid and csrf cookies and the x-csrf-token header, logs out', async () => {
    const { server, client } = await sessionServer();
    await client.users.current();
    await client.objects.update({ id: '1', body: { name: 'Renamed' } });
    expect(server.logins).toBe(1);
    const [sid] = [...server.sessions.keys()];
    const write = server.requests.at(-1);
    expect(write?.headers.cookie).toContain(`sid=${sid}`);
    expect(write?.headers['x-csrf-token']).toBe(server.sessions.get(sid ?? '')?.csrf);

    await client.logout();
    expect(server.sessions.size).toBe(0);
    expect(server.requests.at(-1)).toMatchObject({ method: 'DELETE', path: '/node/api/users/session' });
  });

  it('works with servers that set no csrf cookie', async () => {
    const { server, client } = await sessionServer({ csrf: false });
    await client.objects.update({ id: '1', body: { name: 'x' } });
    expect(server.requests.at(-1)?.headers['x-csrf-token']).toBeUndefined();
  });

  it('on "Session expired." logs in again once for all concurrent calls and retries them', async () => {
    const { server, client } = await sessionServer();
    await client.users.current();
    server.expireAllSessions();
    const results = await Promise.all(Array.from({ length: 20 }, () => client.users.current()));
    expect(results.every((r) => r.login === 'admin')).toBe(true);
    expect(server.logins).toBe(2);
  });

  it('reuses an existing sid, and cannot renew it', async () => {
    const { server, client: first } = await sessionServer();
    await first.users.current();
    const [sid] = [...server.sessions.keys()];
    const reuse = createClient({ url: server.url, auth: { type: 'session', sid: sid ?? '' } });
    await expect(reuse.users.current()).resolves.toMatchObject({ login: 'admin' });
    server.expireAllSessions();
    await expect(reuse.users.current()).rejects.toMatchObject({ status: 401, serverMessage: 'Session expired.' });
    expect(server.logins).toBe(1);
  });

  it('a failed login is reported, not cached', async () => {
    const server = await startAuthServer();
    onTestFinished(() => server.close());
    const client = createClient({ url: server.url, auth: { type: 'session', login: ADMIN.login, password: 'wrong' } });
    await expect(client.users.current()).rejects.toMatchObject({ code: 'InvalidCredentials' });
    await expect(client.users.current()).rejects.toMatchObject({ code: 'InvalidCredentials' });
    expect(server.requests.filter((r) => r.path === '/node/api/users/session')).toHaveLength(2);
  });
});

describe('custom strategies', () => {
  it('can add headers and query parameters', async () => {
    const server = await startAuthServer();
    onTestFinished(() => server.close());
    const token = await createAuthToken(createClient({ url: server.url, auth: basic }), ADMIN.id);
    const custom: AuthStrategy = {
      type: 'custom',
      authorize(request) {
        request.headers.set('X-Tenant', 'lab');
        request.url.searchParams.set('api-token', token);
      },
      secrets: () => [token],
    };
    await createClient({ url: server.url, auth: custom }).users.current();
    expect(server.requests.at(-1)?.headers['x-tenant']).toBe('lab');
  });
});
