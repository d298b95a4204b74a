/**
 * No rendering of a client, or of anything reachable from it, shows a credential: for every auth
 * kind, before and after calls, derived clients included (see test/renderings.ts for the list).
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { AuthOptions, AuthStrategy } from '../src/auth/types.ts';
import { createClient, type SaymonClient } from '../src/client/create-client.ts';
import { ADMIN, type AuthServer, startAuthServer } from './auth-server.ts';
import { findLeaks } from './renderings.ts';

let server: AuthServer;
beforeAll(async () => {
  server = await startAuthServer();
});
afterAll(() => server.close());

const roots = (client: SaymonClient) => ({
  client,
  core: client.core,
  options: client.core.options,
  auth: client.core.auth,
  transport: client.core.transport,
  extended: client.extend({ timeout: 5_000, headers: { 'X-Trace': '1' } }),
});

async function tokenFor(): Promise<string> {
  const admin = createClient({
    url: server.url,
    auth: { type: 'basic', login: ADMIN.login, password: ADMIN.password },
  });
  return admin.authTokens.create({ id: ADMIN.id });
}

const customSecret = 'custom-key-0123456789';
const custom: AuthStrategy = {
  type: 'custom',
  authorize(request) {
    request.url.searchParams.set('api-token', customSecret);
  },
};

describe('no secret in the client object', () => {
  const kinds: [string, () => Promise<{ auth: AuthOptions; secrets: () => string[] }>][] = [
    ['basic', async () => ({ auth: { type: 'basic', ...ADMIN }, secrets: () => [ADMIN.password] })],
    [
      'token (api-token)',
      async () => {
        const token = await tokenFor();
        return { auth: { type: 'token', token }, secrets: () => [token] };
      },
    ],
    [
      'token with a custom param',
      async () => {
        const token = await tokenFor();
        return { auth: { type: 'token', token, param: 'auth-token' }, secrets: () => [token] };
      },
    ],
    [
      'session login',
      async () => ({
        auth: { type: 'session', login: ADMIN.login, password: ADMIN.password },
        secrets: () => [ADMIN.password, ...[...server.sessions].flatMap(([sid, s]) => [sid, s.csrf])],
      }),
    ],
    [
      'session sid',
      async () => {
        const opened = await createClient({ url: server.url, auth: { type: 'session', ...ADMIN } }).login();
        return { auth: { type: 'session', sid: opened.sid }, secrets: () => [opened.sid] };
      },
    ],
    [
      'session sid + csrf',
      async () => {
        const opened = await createClient({ url: server.url, auth: { type: 'session', ...ADMIN } }).login();
        return { auth: opened, secrets: () => [opened.sid, opened.csrf ?? ''] };
      },
    ],
    ['custom strategy (held in its own closure)', async () => ({ auth: custom, secrets: () => [customSecret] })],
  ];

  it.each(kinds)('%s: inspect, JSON, String, entries, getters and structuredClone show none', async (kind, make) => {
    const { auth, secrets } = await make();
    const client = createClient({
      url: server.url,
      auth,
      headers: { Authorization: 'Bearer header-secret-abcdef' },
    });
    const before = findLeaks(roots(client), [...secrets(), 'header-secret-abcdef']);
    expect(before.leaks).toEqual([]);
    // after calls (a session is established, a 401 went through the error path)
    await client.users.current().catch(() => undefined);
    await client.objects.update({ id: '1', body: { name: 'x' } }).catch(() => undefined);
    const derived = client.withAuth({ type: 'basic', login: ADMIN.login, password: 'other-password-xyz' });
    const after = findLeaks({ ...roots(client), derived, derivedCore: derived.core }, [
      ...secrets(),
      'header-secret-abcdef',
      'other-password-xyz',
    ]);
    expect(after.leaks).toEqual([]);
    expect(after.checked).toBeGreaterThan(100);
    console.log(`${kind}: ${before.checked + after.checked} renderings checked, ${after.leaks.length} leaks`);
    // what the settings do show: the kind of auth, never the values
    expect(client.core.options.auth.type).toBe(auth.type);
    expect(client.core.options.headers?.Authorization).toBe('[REDACTED]');
  });

  it('the checker finds a secret where one is reachable (it can fail)', () => {
    const leaky = { nested: { deep: [{ hidden: new Map([['k', 'pw-1234567']]) }] } };
    Object.defineProperty(leaky, 'ghost', { value: 'pw-7654321', enumerable: false });
    expect(findLeaks({ leaky }, ['pw-1234567']).leaks.length).toBeGreaterThan(0);
    expect(findLeaks({ leaky }, ['pw-7654321']).leaks.length).toBeGreaterThan(0);
  });
});
