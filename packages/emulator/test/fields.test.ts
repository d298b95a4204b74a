/**
 * Issue 14: every object, link and class the emulator returns by id carries the fields a real
 * SAYMON server always sends. The field lists are derived from the core models (every field the
 * schema does not mark optional), never written out here, so a field made required in the model
 * is checked for every demo record.
 */
import { classSchema, createClient, linkSchema, objectListFields, objectSchema, userSchema } from '@saymon-sdk/node';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type * as z from 'zod/mini';
import { type RunningEmulator, startEmulator } from '../src/server.ts';

/** The fields a model requires: keys of its shape whose schema does not accept `undefined`. */
function requiredFields(schema: z.core.$ZodType): string[] {
  const shape = (schema as z.ZodMiniObject)._zod.def.shape;
  return Object.keys(shape).filter((key) => shape[key]?._zod.optin !== 'optional');
}

let emulator: RunningEmulator;
const auth = { type: 'basic', login: 'admin', password: 'saymon' } as const;
beforeAll(async () => {
  emulator = await startEmulator({ port: 0, seed: 'demo' });
});
afterAll(() => emulator.close());

async function raw(path: string): Promise<Record<string, unknown>> {
  const response = await fetch(`${emulator.url}/node/api/${path}`, {
    headers: { authorization: `Basic ${btoa('admin:saymon')}` },
  });
  expect(response.status).toBe(200);
  return (await response.json()) as Record<string, unknown>;
}

function missing(record: Record<string, unknown>, fields: string[]): string[] {
  return fields.filter((field) => record[field] === undefined || record[field] === null);
}

describe('records read by id carry the fields real servers always send', () => {
  it('derives non-trivial field lists from the core models', () => {
    expect(requiredFields(objectSchema())).toEqual(expect.arrayContaining(['id', 'name', 'weight', 'geoposition']));
    expect(requiredFields(linkSchema())).toEqual(expect.arrayContaining(['id', 'source', 'target', 'weight']));
    expect(requiredFields(classSchema())).toEqual(expect.arrayContaining(['id', 'name', 'client_data', 'operations']));
  });

  for (const [kind, schema] of [
    ['objects', objectSchema],
    ['links', linkSchema],
    ['classes', classSchema],
    ['users', userSchema],
  ] as const) {
    it(`every demo ${kind.slice(0, -1)} has its model's required fields (raw JSON)`, async () => {
      const fields = requiredFields(schema());
      const ids = Object.keys(emulator.store.state[kind]);
      expect(ids.length).toBeGreaterThan(kind === 'users' ? 1 : 5);
      const failures: string[] = [];
      for (const id of ids) {
        const lack = missing(await raw(`${kind}/${encodeURIComponent(id)}`), fields);
        if (lack.length > 0) failures.push(`${id}: ${lack.join(', ')}`);
      }
      expect(failures).toEqual([]);
    });
  }

  it('objects carry real defaults (weight 1, an empty geoposition) and read strictly through the SDK', async () => {
    const saymon = createClient({ url: emulator.url, auth, responseValidation: 'strict' });
    const created = await saymon.objects.create({ body: { name: 'defaults probe' } });
    const read = await saymon.objects.get({ id: created.id });
    expect(read).toMatchObject({ weight: 1, geoposition: [], child_ids: [], tags: [], operations: [] });
    expect(Number.isInteger(read.weight)).toBe(true);
    for (const id of Object.keys(emulator.store.state.objects)) await saymon.objects.get({ id });
    for (const id of Object.keys(emulator.store.state.links)) await saymon.links.get({ id });
    const classes = await saymon.classes.list();
    for (const c of classes) await saymon.classes.get({ id: c.id });
    const incidents = await saymon.incidents.list({ query: { limit: 20 } });
    for (const incident of incidents) await saymon.incidents.get({ id: incident.id });
    // list endpoints keep their documented default fields
    const [first] = await saymon.objects.list();
    expect(Object.keys(first ?? {}).sort()).toEqual(['id', ...objectListFields].sort());
  });
});

describe('fields real clients send or read (provenance real-client)', () => {
  it('fills metrics_cache from the stat it holds, and keeps it current', async () => {
    const saymon = client();
    const created = await saymon.objects.create({ body: { name: 'metrics cache probe', tags: [], background: 'x' } });
    expect(created.metrics_cache).toBeUndefined();
    await saymon.objects.setStat({ id: created.id, body: { cpu: { load: 0.5 }, disk: 12, note: 'text' } });
    expect((await saymon.objects.get({ id: created.id })).metrics_cache).toEqual(['cpu.load', 'disk']);
    await saymon.objects.setStat({ id: created.id, body: { mem: 3 } });
    expect((await saymon.objects.get({ id: created.id })).metrics_cache).toEqual(['cpu.load', 'disk', 'mem']);
    await saymon.objects.delete({ id: created.id });
  });

  it('fills it on the demo objects that have stat', async () => {
    const objects = await client().objects.list({ query: { fields: ['metrics_cache'] } });
    expect(objects.filter((o) => (o.metrics_cache?.length ?? 0) > 0).length).toBeGreaterThan(0);
  });
});

const client = () => createClient({ url: emulator.url, auth });
