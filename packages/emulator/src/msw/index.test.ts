import { isSaymonValidationError } from '@saymon-sdk/core';
import { HttpResponse, http } from 'msw';
import { setupServer } from 'msw/node';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { onUnhandled } from '../../test/msw-unhandled.ts';
import { createEmulatorHandlers } from './index.ts';

const BASE = 'https://saymon.example.com';
const ADMIN = { authorization: `Basic ${btoa('admin:saymon')}` };
const VIEWER = { authorization: `Basic ${btoa('viewer:viewer')}` };
const JSON_BODY = { 'content-type': 'application/json' };

const emulator = createEmulatorHandlers({ baseUrl: BASE, seed: 'empty' });
const server = setupServer(...emulator.handlers);
/** The requests MSW found no handler for (reported as errors: their calls fail). */
const unhandled: string[] = [];
beforeAll(() =>
  server.listen(
    onUnhandled((request, printError) => {
      unhandled.push(`${request.method} ${request.url}`);
      printError();
    }),
  ),
);
afterEach(() => {
  server.resetHandlers();
  emulator.reset();
});
afterAll(() => server.close());

async function createObject(name: string, headers: Record<string, string> = ADMIN) {
  return fetch(`${BASE}/node/api/objects`, {
    method: 'POST',
    headers: { ...headers, ...JSON_BODY },
    body: JSON.stringify({ name }),
  });
}

describe('createEmulatorHandlers', () => {
  it('answers SAYMON calls from the emulator: a created object is read back, listed and in the store', async () => {
    const created = await createObject('web-01');
    expect(created.status).toBe(200);
    const { id } = (await created.json()) as { id: string };

    const read = await fetch(`${BASE}/node/api/objects/${id}?fields=name`, { headers: ADMIN });
    expect(await read.json()).toEqual({ id, name: 'web-01' });
    const list = (await (await fetch(`${BASE}/node/api/objects`, { headers: ADMIN })).json()) as { id: string }[];
    expect(list.map((o) => o.id)).toContain(id);
    expect(emulator.emulator.store.state.objects[id]?.name).toBe('web-01');
  });

  it('answers refusals as SAYMON does: 401 without credentials, 403 for a viewer, 404 for an unknown id', async () => {
    expect((await fetch(`${BASE}/node/api/objects`)).status).toBe(401);
    const refused = await createObject('nope', VIEWER);
    expect(refused.status).toBe(403);
    expect(await refused.json()).toMatchObject({ code: 'Forbidden' });
    const missing = await fetch(`${BASE}/node/api/objects/000000000000000000000000`, { headers: ADMIN });
    expect(missing.status).toBe(404);
  });

  it('reset() brings the state it started with back', async () => {
    const before = Object.keys(emulator.emulator.store.state.objects).length;
    const { id } = (await (await createObject('temporary')).json()) as { id: string };
    const first = emulator.emulator;
    emulator.reset();
    expect(emulator.emulator).not.toBe(first);
    expect(Object.keys(emulator.emulator.store.state.objects)).toHaveLength(before);
    expect((await fetch(`${BASE}/node/api/objects/${id}`, { headers: ADMIN })).status).toBe(404);
  });

  it('a session: the login sets sid and csrf, later calls carry the session, a write needs x-csrf-token', async () => {
    const login = await fetch(`${BASE}/node/api/users/session`, {
      method: 'POST',
      headers: JSON_BODY,
      body: JSON.stringify({ login: 'admin', password: 'saymon' }),
    });
    expect(login.status).toBe(200);
    const sid = (await login.json()) as string;
    const cookies = Object.fromEntries(login.headers.getSetCookie().map((c) => c.split(';')[0]?.split('=') ?? []));
    expect(cookies).toEqual({ sid, csrf: emulator.emulator.store.state.sessions[sid]?.csrf });

    const cookie = `sid=${cookies.sid}; csrf=${cookies.csrf}`;
    const current = await fetch(`${BASE}/node/api/users/current`, { headers: { cookie } });
    expect(((await current.json()) as { login: string }).login).toBe('admin');
    const noCsrf = await createObject('no-csrf', { cookie });
    expect(noCsrf.status).toBe(403);
    const written = await createObject('with-csrf', { cookie, 'x-csrf-token': cookies.csrf as string });
    expect(written.status).toBe(200);

    const logout = await fetch(`${BASE}/node/api/users/session`, {
      method: 'DELETE',
      headers: { cookie, 'x-csrf-token': cookies.csrf as string },
    });
    expect(logout.status).toBe(200);
    expect(logout.headers.getSetCookie().map((c) => c.split(';')[0])).toEqual(['sid=', 'csrf=']);
    expect(emulator.emulator.store.state.sessions[sid]).toBeUndefined();
  });

  it('runs on the msw major its vitest project names (msw 2, or the msw3 alias)', async () => {
    const { version } = (await import('msw/package.json', { with: { type: 'json' } })).default;
    expect(version.split('.')[0]).toBe(process.env.SAYMON_TEST_MSW_MAJOR);
  });

  it('in Node a session is only what the call carries, as with a real server: no cookie kept for it', async () => {
    const login = await fetch(`${BASE}/node/api/users/session`, {
      method: 'POST',
      headers: JSON_BODY,
      body: JSON.stringify({ login: 'admin', password: 'saymon' }),
    });
    const sid = (await login.json()) as string;
    // msw 2 would keep the login's cookie and add it here; Node's fetch and axios keep none
    expect((await fetch(`${BASE}/node/api/users/current`)).status).toBe(401);
    expect((await fetch(`${BASE}/node/api/users/current`, { credentials: 'include' })).status).toBe(401);
    const carried = await fetch(`${BASE}/node/api/users/current`, { headers: { 'x-session-id': sid } });
    expect(((await carried.json()) as { login: string }).login).toBe('admin');
    const csrf = emulator.emulator.store.state.sessions[sid]?.csrf as string;
    const written = await createObject('via-x-session-id', { 'x-session-id': sid, 'x-csrf-token': csrf });
    expect(written.status).toBe(200);
  });

  it('leaves other paths and other origins alone: the next handler answers, or MSW reports them unhandled', async () => {
    server.use(
      http.all(`${BASE}/*`, () => HttpResponse.text('the app server')),
      http.all('https://elsewhere.example/*', () => HttpResponse.text('elsewhere')),
    );
    // `use` puts its handlers first: without a match in the emulator's handler they answer these
    expect(await (await fetch(`${BASE}/index.html`)).text()).toBe('the app server');
    expect(await (await fetch(`${BASE}/node/apis`)).text()).toBe('the app server');
    expect(await (await fetch('https://elsewhere.example/node/api/objects')).text()).toBe('elsewhere');
    server.resetHandlers();
    await expect(fetch(`${BASE}/index.html`)).rejects.toThrow();
    await expect(fetch(`${BASE}/__emulator/health`)).rejects.toThrow();
    expect(unhandled).toEqual([`GET ${BASE}/index.html`, `GET ${BASE}/__emulator/health`]);
    unhandled.length = 0;
  });

  it('takes the base URL as the SDK does: a trailing /node/api, a path prefix', async () => {
    const withApi = createEmulatorHandlers({ baseUrl: 'https://one.example/node/api/', seed: 'empty' });
    const prefixed = createEmulatorHandlers({ baseUrl: 'https://two.example/saymon', seed: 'empty' });
    expect(withApi.baseUrl).toBe('https://one.example');
    expect(prefixed.baseUrl).toBe('https://two.example/saymon');
    server.use(...withApi.handlers, ...prefixed.handlers);
    expect((await fetch('https://one.example/node/api/users/current', { headers: ADMIN })).status).toBe(200);
    expect((await fetch('https://two.example/saymon/node/api/users/current', { headers: ADMIN })).status).toBe(200);
    await expect(fetch('https://two.example/node/api/users/current', { headers: ADMIN })).rejects.toThrow();
    expect(unhandled).toEqual(['GET https://two.example/node/api/users/current']);
    unhandled.length = 0;
  });

  it('refuses a base URL that is not one, or holds credentials, without showing the password', () => {
    for (const baseUrl of ['', 'ftp://saymon.example.com', 'https://admin:hunter2@saymon.example.com']) {
      let thrown: unknown;
      try {
        createEmulatorHandlers({ baseUrl });
      } catch (error) {
        thrown = error;
      }
      expect(isSaymonValidationError(thrown)).toBe(true);
      expect(String((thrown as Error).message)).not.toContain('hunter2');
    }
  });

  it('an injected reset fault is a network error of the call, as MSW gives one', async () => {
    emulator.emulator.faults.addAll([{ kind: 'reset', path: '/node/api/objects' }]);
    await expect(fetch(`${BASE}/node/api/objects`, { headers: ADMIN })).rejects.toThrow(TypeError);
    expect((await fetch(`${BASE}/node/api/users/current`, { headers: ADMIN })).status).toBe(200);
  });

  it('starts from a given state again on every reset, however the last test changed it', async () => {
    const state = structuredClone(emulator.emulator.store.state);
    const own = createEmulatorHandlers({ baseUrl: 'https://three.example', state });
    server.use(...own.handlers);
    const before = Object.keys(state.objects).length;
    await fetch('https://three.example/node/api/objects', {
      method: 'POST',
      headers: { ...ADMIN, ...JSON_BODY },
      body: JSON.stringify({ name: 'added' }),
    });
    expect(Object.keys(own.emulator.store.state.objects)).toHaveLength(before + 1);
    own.reset();
    expect(Object.keys(own.emulator.store.state.objects)).toHaveLength(before);
  });
});
