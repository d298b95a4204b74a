/**
 * The example apps (msw/fetch-inventory.ts, msw/axios-inventory.ts) tested in Node against the
 * emulator's MSW handlers: each call goes through the app's own HTTP client, MSW answers it from
 * a stateful emulator, and SAYMON's refusals arrive as the app's `InventoryError`s.
 */
import { createEmulatorHandlers } from '@saymon-sdk/emulator/msw';
import { setupServer } from 'msw/node';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { onUnhandled } from '../../packages/emulator/test/msw-unhandled.ts';
import { axiosInventory, axiosSessionInventory } from '../msw/axios-inventory.ts';
import { fetchInventory, fetchSessionInventory } from '../msw/fetch-inventory.ts';
import { type Inventory, InventoryError, type SaymonConfig } from '../msw/inventory.ts';

const baseUrl = 'https://saymon.example.com';
const admin: SaymonConfig = { baseUrl, login: 'admin', password: 'saymon' };
const viewer: SaymonConfig = { baseUrl, login: 'viewer', password: 'viewer' };

const saymon = createEmulatorHandlers({ baseUrl, seed: 'demo' });
const server = setupServer(...saymon.handlers);
beforeAll(() => server.listen(onUnhandled('error')));
afterEach(() => saymon.reset());
afterAll(() => server.close());

/** What a refused call rejects with. */
async function refusal(call: Promise<unknown>): Promise<InventoryError> {
  const error = await call.then(
    () => undefined,
    (e: unknown) => e,
  );
  expect(error).toBeInstanceOf(InventoryError);
  return error as InventoryError;
}

const clients: [string, (c: SaymonConfig) => Inventory, (c: SaymonConfig) => Promise<Inventory>][] = [
  ['fetch', fetchInventory, fetchSessionInventory],
  ['axios', axiosInventory, axiosSessionInventory],
];

it('runs on the msw its vitest project names (msw 2, or the msw3 alias)', async () => {
  const { version } = (await import('msw/package.json', { with: { type: 'json' } })).default;
  expect(version.split('.')[0]).toBe(process.env.SAYMON_TEST_MSW === 'msw3' ? '3' : '2');
});

describe.each(clients)('the inventory app with %s, against the MSW handlers', (_, basic, session) => {
  it('creates an object, reads it back and finds it in the list', async () => {
    const app = basic(admin);
    const created = await app.create('web-01');
    expect(created.name).toBe('web-01');
    expect(await app.get(created.id)).toEqual({ id: created.id, name: 'web-01' });
    const listed = await app.list();
    expect(listed).toContainEqual({ id: created.id, name: 'web-01' });
    // the demo estate is there too, and the emulator holds what the app created
    expect(listed.length).toBeGreaterThan(10);
    expect(saymon.emulator.store.state.objects[created.id]?.name).toBe('web-01');
  });

  it('starts each test from the demo estate again', async () => {
    const names = (await basic(admin).list()).map((o) => o.name);
    expect(names).not.toContain('web-01');
  });

  it('maps SAYMON refusals to its own errors: 404 not-found, 403 forbidden, 401 unauthorized', async () => {
    const missing = await refusal(basic(admin).get('000000000000000000000000'));
    expect(missing).toMatchObject({ kind: 'not-found', status: 404 });
    const forbidden = await refusal(basic(viewer).create('not allowed'));
    expect(forbidden).toMatchObject({ kind: 'forbidden', status: 403, code: 'Forbidden' });
    const wrong = await refusal(basic({ ...admin, password: 'wrong' }).list());
    expect(wrong).toMatchObject({ kind: 'unauthorized', status: 401 });
    expect(wrong.message).not.toContain('wrong');
  });

  it('logs in and writes through the session (sid, and csrf echoed in x-csrf-token)', async () => {
    const app = await session(admin);
    const created = await app.create('through-a-session');
    expect(await app.get(created.id)).toEqual({ id: created.id, name: 'through-a-session' });
    const wrong = await refusal(session({ ...admin, password: 'wrong' }));
    expect(wrong).toMatchObject({ kind: 'unauthorized', status: 401 });
  });
});
