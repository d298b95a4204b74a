/**
 * The SDK (`@saymon-sdk/node`) against the MSW handlers: the client's own `fetch` goes through MSW,
 * a session logs in and writes (the SDK reads sid and csrf from the login's `Set-Cookie` and sends them
 * itself, as to SAYMON: MSW keeps no cookie for it in Node), and refusals reach the caller as typed errors.
 */
import { createClient, isSaymonApiError } from '@saymon-sdk/node';
import { setupServer } from 'msw/node';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { createEmulatorHandlers } from '../src/msw/index.ts';
import { onUnhandled } from './msw-unhandled.ts';

const url = 'https://saymon.example.com';
const saymon = createEmulatorHandlers({ baseUrl: url, seed: 'empty' });
const server = setupServer(...saymon.handlers);
beforeAll(() => server.listen(onUnhandled('error')));
afterEach(() => saymon.reset());
afterAll(() => server.close());

describe('the SDK against the MSW handlers', () => {
  it('logs in with a session and writes through it', async () => {
    const client = createClient({ url, auth: { type: 'session', login: 'admin', password: 'saymon' } });
    const created = await client.objects.create({ body: { name: 'via-sdk-session' } });
    expect((await client.objects.get({ id: created.id })).name).toBe('via-sdk-session');
    expect(Object.keys(saymon.emulator.store.state.sessions)).toHaveLength(1);
    await client.logout();
    expect(Object.keys(saymon.emulator.store.state.sessions)).toHaveLength(0);
  });

  it('gets SAYMON refusals as typed errors', async () => {
    const viewer = createClient({ url, auth: { type: 'basic', login: 'viewer', password: 'viewer' } });
    const refused = await viewer.objects.create({ body: { name: 'nope' } }).catch((error: unknown) => error);
    expect(isSaymonApiError(refused) && refused.status).toBe(403);
    const admin = createClient({ url, auth: { type: 'basic', login: 'admin', password: 'saymon' } });
    const missing = await admin.objects.get({ id: '000000000000000000000000' }).catch((error: unknown) => error);
    expect(isSaymonApiError(missing) && missing.status).toBe(404);
  });
});
