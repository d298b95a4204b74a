/** Each auth scheme of @saymon-sdk/node end to end against the emulator, in both server modes. */
import { createAuthToken, createClient, revokeAuthToken, SaymonApiError } from '@saymon-sdk/node';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type RunningEmulator, startEmulator } from '../src/server.ts';

const ADMIN = { login: 'admin', password: 'saymon' };

describe.each(['current', 'legacy'] as const)('%s server mode', (mode) => {
  let emulator: RunningEmulator;
  beforeAll(async () => {
    emulator = await startEmulator({ port: 0, seed: 'empty', mode });
  });
  afterAll(() => emulator.close());

  it('session: login, writes (with csrf where the server wants it), expiry → one re-login for concurrent calls, logout', async () => {
    const client = createClient({ url: emulator.url, auth: { type: 'session', ...ADMIN } });
    const created = await client.objects.create({ body: { name: `session-${mode}` } });
    expect(Object.keys(emulator.store.state.sessions)).toHaveLength(1);
    const [session] = Object.values(emulator.store.state.sessions);
    expect(session?.csrf).toBeTruthy();

    // the server forgets every session: the next calls log in again, once
    await fetch(`${emulator.url}/__emulator/sessions`, { method: 'DELETE' });
    const logins = () => emulator.store.state.sessionLog.length;
    const before = logins();
    const results = await Promise.all(Array.from({ length: 12 }, () => client.objects.get({ id: String(created.id) })));
    expect(results.every((o) => o.id === created.id)).toBe(true);
    expect(logins() - before).toBe(1);
    await client.objects.update({ id: String(created.id), body: { name: 'renamed' } });

    await client.logout();
    expect(Object.keys(emulator.store.state.sessions)).toHaveLength(0);
  });

  it('an existing sid can be reused; once it expires the call fails with Session expired.', async () => {
    const login = createClient({ url: emulator.url, auth: { type: 'session', ...ADMIN } });
    await login.users.current();
    const [sid, session] = Object.entries(emulator.store.state.sessions).at(-1) ?? [];
    const reuse = createClient({ url: emulator.url, auth: { type: 'session', sid: sid ?? '', csrf: session?.csrf } });
    await expect(reuse.objects.create({ body: { name: 'via reused sid' } })).resolves.toMatchObject({
      name: 'via reused sid',
    });
    await fetch(`${emulator.url}/__emulator/sessions`, { method: 'DELETE' });
    const error = await reuse.users.current().catch((e: unknown) => e);
    expect(error).toBeInstanceOf(SaymonApiError);
    expect(error).toMatchObject({ status: 401, code: 'Unauthorized', serverMessage: 'Session expired.', errorCode: 3 });
  });

  it('token lifecycle: Basic → create token → use it (api-token, auth-token) → revoke → 401', async () => {
    const admin = createClient({ url: emulator.url, auth: { type: 'basic', ...ADMIN } });
    const me = await admin.users.current();
    const token = await createAuthToken(admin, String(me.id));
    expect(token).not.toMatch(/"/);
    for (const param of ['api-token', 'auth-token']) {
      const client = createClient({ url: emulator.url, auth: { type: 'token', token, param } });
      await expect(client.users.current()).resolves.toMatchObject({ login: 'admin' });
    }
    await revokeAuthToken(admin, String(me.id));
    const error = await createClient({ url: emulator.url, auth: { type: 'token', token } })
      .users.current()
      .catch((e: unknown) => e);
    expect(error).toMatchObject({ status: 401, code: 'Unauthorized', serverMessage: 'Invalid API token.' });
  });

  it('Basic: wrong password is InvalidCredentials; no credentials is Not logged in.', async () => {
    await expect(
      createClient({ url: emulator.url, auth: { type: 'basic', login: 'admin', password: 'x' } }).users.current(),
    ).rejects.toMatchObject({
      code: 'InvalidCredentials',
      serverMessage: 'Invalid login or password.',
    });
    await expect(createClient({ url: emulator.url }).users.current()).rejects.toMatchObject({
      code: 'Unauthorized',
      serverMessage: 'Not logged in.',
    });
  });
});
