/**
 * The permission matrix, derived from the registry: for every endpoint whose SAYMON permission
 * expression names a permission the read-only `viewer` lacks, the emulator refuses viewer with
 * 403 naming it; every other endpoint lets viewer through the permission check.
 */
import { endpoints } from '@saymon-sdk/node';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ENTITY_PERMISSIONS, missingPermissions, parsePermissions } from '../src/permissions.ts';
import { type RunningEmulator, startEmulator } from '../src/server.ts';

let emulator: RunningEmulator;
beforeAll(async () => {
  emulator = await startEmulator({ port: 0, seed: 'empty' });
});
afterAll(() => emulator.close());

const ENTITY = ENTITY_PERMISSIONS;
const viewerLacks = (expression: string) =>
  missingPermissions(parsePermissions(expression), (name) => ENTITY.has(name));
const basic = (login: string, password: string) => `Basic ${Buffer.from(`${login}:${password}`).toString('base64')}`;

function send(path: string, method: string, authorization: string) {
  const concrete = path.replace(/:[A-Za-z_]\w*/g, '1');
  return fetch(emulator.url + concrete, { method, headers: { authorization } });
}

describe('viewer (read only) against every endpoint', () => {
  const guarded = endpoints.filter((e) => e.auth !== false && viewerLacks(e.permissions).length > 0);
  const open = endpoints.filter(
    (e) => e.auth !== false && viewerLacks(e.permissions).length === 0 && e.method === 'GET',
  );

  it('refuses viewer every call that changes data (every write by its effect mark but the open ones)', () => {
    const writes = endpoints.filter((e) => e.effect !== 'read' && e.auth !== false && e.permissionsSource !== 'open');
    const guardedIds = new Set(guarded.map((e) => e.id));
    expect(writes.filter((e) => !guardedIds.has(e.id)).map((e) => e.id)).toEqual([]);
    console.log(`permission matrix: viewer refused on all ${writes.length} calls that change data`);
  });

  it('covers the registry', () => {
    console.log(
      `permission matrix: ${guarded.length} endpoints refused to viewer, ${open.length} read endpoints allowed`,
    );
    expect(guarded.length).toBeGreaterThan(80);
  });

  it.each(guarded.map((e) => ({ id: e.id, e })))('$id refuses viewer with 403 naming the permission', async ({ e }) => {
    const response = await send(e.path, e.method, basic('viewer', 'viewer'));
    expect(response.status).toBe(403);
    const body = (await response.json()) as { code: string; message: string };
    expect(body.code).toBe('Forbidden');
    for (const name of viewerLacks(e.permissions)
      .join(' ')
      .match(/[a-z][\w-]+/gi) ?? [])
      expect(body.message).toContain(name);
  });

  it.each(open.map((e) => ({ id: e.id, e })))('$id lets viewer read', async ({ e }) => {
    const response = await send(e.path, e.method, basic('viewer', 'viewer'));
    expect(response.status).not.toBe(403);
    expect(response.status).not.toBe(401);
  });
});

describe('per-object visibility', () => {
  it('a user limited to one subtree sees only it', async () => {
    const { store } = emulator;
    const admin = basic('admin', 'saymon');
    const create = async (name: string, parent: string) => {
      const response = await fetch(`${emulator.url}/node/api/objects`, {
        method: 'POST',
        headers: { authorization: admin, 'content-type': 'application/json' },
        body: JSON.stringify({ name, parent_id: parent }),
      });
      return ((await response.json()) as { id: string }).id;
    };
    const siteA = await create('Site A', '1');
    const siteB = await create('Site B', '1');
    const rack = await create('Rack A1', siteA);
    store.state.users.ops = {
      id: 'ops',
      login: 'ops',
      password: 'ops',
      permissions: ['manage-objects'],
      objectPermissions: { include: [siteA], exclude: [] },
      authenticationToken: null,
    };
    const ops = basic('ops', 'ops');
    const list = (await (
      await fetch(`${emulator.url}/node/api/objects`, { headers: { authorization: ops } })
    ).json()) as { id: string }[];
    const ids = list.map((o) => o.id);
    expect(ids).toEqual(expect.arrayContaining([siteA, rack]));
    expect(ids).not.toContain(siteB);
    expect(ids).not.toContain('1');
    const hidden = await fetch(`${emulator.url}/node/api/objects/${siteB}`, { headers: { authorization: ops } });
    expect(hidden.status).toBe(403);
    const visible = await fetch(`${emulator.url}/node/api/objects/${rack}`, { headers: { authorization: ops } });
    expect(visible.status).toBe(200);
  });
});
