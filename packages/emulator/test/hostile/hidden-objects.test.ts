/**
 * What a user may not see stays out of reach by every other door: a clone of a visible parent, a
 * path of names, a bulk run's move. The user sees the whole tree except `Vault`, which holds a
 * secret property.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type RunningEmulator, startEmulator } from '../../src/server.ts';
import { ADMIN, basic, Findings } from './findings.ts';

let emulator: RunningEmulator;
let site: string;
let vault: string;
let inVault: string;
const SECRET = 'db-password-value-0451';
const USER = basic('outsider', 'outsider');

async function call(auth: string, method: string, path: string, body?: unknown): Promise<Response> {
  return fetch(emulator.url + path, {
    method,
    headers: { authorization: auth, 'content-type': 'application/json' },
    body: body === undefined ? undefined : JSON.stringify(body),
  });
}

async function created(path: string, body: unknown): Promise<string> {
  const response = await call(ADMIN, 'POST', path, body);
  expect(response.status).toBe(200);
  return String(((await response.json()) as { id: unknown }).id);
}

beforeAll(async () => {
  emulator = await startEmulator({ port: 0, seed: 'empty' });
  site = await created('/node/api/objects', { name: 'Site', parent_id: '1' });
  vault = await created('/node/api/objects', {
    name: 'Vault',
    parent_id: site,
    properties: [{ name: 'db_password', value: SECRET }],
  });
  inVault = await created('/node/api/objects', { name: 'Inside the vault', parent_id: vault });
  await created('/node/api/objects', { name: 'Rack', parent_id: site });
  await created('/node/api/users', {
    login: 'outsider',
    password: 'outsider',
    permissions: ['manage-objects', 'create-object', 'create-objects', 'run-bulks'],
    objectPermissions: { include: ['1'], exclude: [vault] },
  });
}, 60_000);
afterAll(() => emulator.close());

describe('hostile: hidden objects', () => {
  it('the user cannot read Vault directly (the premise)', async () => {
    expect((await call(USER, 'GET', `/node/api/objects/${vault}`)).status).toBe(403);
  });

  it('a clone copies only what the caller may read', async () => {
    const findings = new Findings('hidden objects: clone');
    for (const path of [`/node/api/objects/${site}/clone`, `/node/api/objects/${site}/clone-bulk`]) {
      const before = new Set(Object.keys(emulator.store.state.objects));
      const response = await call(USER, 'POST', path);
      await response.body?.cancel();
      const copies = Object.values(emulator.store.state.objects).filter((o) => !before.has(String(o.id)));
      const leaked = copies.filter((o) => o.name === 'Vault' || o.name === 'Inside the vault').map((o) => o.name);
      const visible = await call(USER, 'POST', '/node/api/objects/search', { search: {} });
      const text = await visible.text();
      findings.check(
        `POST ${path.replace(site, ':site')}`,
        response.status !== 200
          ? `HTTP ${response.status}`
          : copies.length === 0
            ? 'copied nothing'
            : leaked.length || text.includes(SECRET)
              ? `the copy holds ${leaked.join(', ') || 'the secret'}`
              : undefined,
      );
    }
    findings.print();
    expect(findings.found).toEqual([]);
  });

  it('paths name no hidden ancestor', async () => {
    const findings = new Findings('hidden objects: paths');
    // an object the user may see below the hidden one: included by id
    const below = await created('/node/api/objects', { name: 'Shared shelf', parent_id: inVault });
    await call(ADMIN, 'PATCH', `/node/api/users/${await userId()}`, {
      objectPermissions: { include: ['1', below], exclude: [vault] },
    });
    const reads: [string, () => Promise<Response>][] = [
      ['objects.get fields=path', () => call(USER, 'GET', `/node/api/objects/${below}?fields=path`)],
      ['objects.list fields=path', () => call(USER, 'GET', '/node/api/objects?fields=name,path')],
      ['entities.get fields=path', () => call(USER, 'GET', `/node/api/entities/${below}?fields=path`)],
      [
        'v2.getObjects flags=paths',
        () => call(USER, 'POST', '/node/api/v2/getObjects', { filter: { ids: [below] }, flags: ['paths'] }),
      ],
    ];
    for (const [name, read] of reads) {
      const response = await read();
      const text = await response.text();
      findings.check(
        name,
        response.status !== 200
          ? `HTTP ${response.status}`
          : /Vault|Inside the vault/.test(text)
            ? 'names a hidden ancestor'
            : !text.includes('Shared shelf')
              ? 'lost the visible name'
              : undefined,
      );
    }
    findings.print();
    expect(findings.found).toEqual([]);
  });

  it('a bulk run moves nothing under a parent the user cannot see', async () => {
    const findings = new Findings('hidden objects: bulk move');
    const target = await created('/node/api/objects', { name: 'Movable', parent_id: site });
    const response = await call(USER, 'POST', '/node/api/bulk/objects', {
      search: { id: target },
      bulk: [{ modify: { parent_id: [vault] } }],
    });
    await response.body?.cancel();
    const parents = emulator.store.state.objects[target]?.parent_id as string[];
    findings.check(
      'bulk modify parent_id → Vault',
      parents.includes(vault) ? `moved (HTTP ${response.status})` : undefined,
    );
    findings.print();
    expect(findings.found).toEqual([]);
  });
});

async function userId(): Promise<string> {
  const response = await call(USER, 'GET', '/node/api/users/current');
  return String(((await response.json()) as { id: unknown }).id);
}
