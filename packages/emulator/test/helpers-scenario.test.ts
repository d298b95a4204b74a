/**
 * The shared helpers scenario (`helpers-scenario.json`) with the TypeScript helpers against the emulator's demo
 * estate; the Python client runs the same file (`packages/python-codegen/test/test_helpers_scenario.py`). Writes
 * are counted by the emulator itself: a zero-delay `latency` fault on each write method counts its hits.
 */
import { readFileSync } from 'node:fs';
import {
  createClient,
  type FoundObject,
  findOrCreateObject,
  type SaymonClient,
  type UpsertPropertiesResult,
  upsertProperties,
  walkObjects,
} from '@saymon-sdk/node';
import { afterAll, beforeAll, describe, expect, expectTypeOf, it } from 'vitest';
import { type RunningEmulator, startEmulator } from '../src/server.ts';

interface Scenario {
  walkObjects: { from: string; maxDepth?: number; expect: { count: number; byDepth: number[]; depth1?: string[] } }[];
  upsertProperties: {
    object: string;
    steps: { values: Record<string, string | number>; expect: UpsertPropertiesResult; writes: number }[];
    finally: Record<string, string>;
  };
  findOrCreateObject: {
    parent: string;
    steps: {
      input: { name: string; discoveryId?: string };
      expect: { created: boolean; name: string; discoveryId?: string };
      writes: number;
    }[];
    children: number;
  };
}

const scenario = JSON.parse(readFileSync(new URL('./helpers-scenario.json', import.meta.url), 'utf8')) as Scenario;
const WRITES = ['POST', 'PUT', 'PATCH', 'DELETE'];

let emulator: RunningEmulator;
let client: SaymonClient;
beforeAll(async () => {
  emulator = await startEmulator({ port: 0, seed: 'demo' });
  client = createClient({ url: emulator.url, auth: { type: 'basic', login: 'admin', password: 'saymon' } });
  const faults = WRITES.map((method) => ({ kind: 'latency', method, path: '/node/api/*', delayMs: 0 }));
  const set = await fetch(`${emulator.url}/__emulator/faults`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify(faults),
  });
  expect(set.status).toBe(201);
});
afterAll(() => emulator.close());

/** The writes the emulator has seen so far. */
async function writes(): Promise<number> {
  const faults = (await (await fetch(`${emulator.url}/__emulator/faults`)).json()) as { hits: number }[];
  return faults.reduce((sum, fault) => sum + fault.hits, 0);
}

async function idOf(name: string): Promise<string> {
  const found = (await client.objects.list()).filter((o) => o.name === name);
  expect(found, name).toHaveLength(1);
  return String(found[0]?.id);
}

describe('the shared helpers scenario (TypeScript)', () => {
  it('walkObjects', async () => {
    for (const walk of scenario.walkObjects) {
      const byDepth: number[] = [];
      const depth1: string[] = [];
      const seen = new Set<string>();
      const options = walk.maxDepth === undefined ? {} : { maxDepth: walk.maxDepth };
      for await (const node of walkObjects(client, await idOf(walk.from), { ...options, concurrency: 4 })) {
        seen.add(String(node.object.id));
        byDepth[node.depth] = (byDepth[node.depth] ?? 0) + 1;
        if (node.depth === 1) depth1.push(node.object.name);
      }
      expect(seen.size).toBe(walk.expect.count);
      expect(byDepth).toEqual(walk.expect.byDepth);
      if (walk.expect.depth1) expect(depth1.sort()).toEqual(walk.expect.depth1);
    }
  });

  it('upsertProperties: creates the missing, updates the changed, writes nothing when nothing changed', async () => {
    const { object, steps } = scenario.upsertProperties;
    const id = await idOf(object);
    for (const step of steps) {
      const before = await writes();
      const result = await upsertProperties(client, id, step.values);
      expectTypeOf(result).toEqualTypeOf<UpsertPropertiesResult>();
      expect(result).toEqual(step.expect);
      expect((await writes()) - before, JSON.stringify(step.values)).toBe(step.writes);
    }
    const properties = await client.objects.properties({ id });
    const values = Object.fromEntries(properties.map((p) => [p.name, String(p.value)]));
    expect(values).toMatchObject(scenario.upsertProperties.finally);
  });

  it('findOrCreateObject: by name or discovery id under a parent, created once', async () => {
    const { parent, steps, children } = scenario.findOrCreateObject;
    const parentId = await idOf(parent);
    for (const step of steps) {
      const before = await writes();
      const found = await findOrCreateObject(client, { parentId, ...step.input });
      expectTypeOf(found).toEqualTypeOf<FoundObject>();
      expect({ created: found.created, name: found.object.name }).toEqual({
        created: step.expect.created,
        name: step.expect.name,
      });
      if (step.expect.discoveryId) expect(found.object.discovery_id).toBe(step.expect.discoveryId);
      expect(found.object.parent_id).toContain(parentId);
      expect((await writes()) - before, JSON.stringify(step.input)).toBe(step.writes);
    }
    expect(await client.objects.children({ id: parentId })).toHaveLength(children);
  });

  it('refuses bad input before sending anything', async () => {
    const before = await writes();
    await expect(upsertProperties(client, '1', { bad: null as never })).rejects.toThrow(/text or a finite number/);
    await expect(findOrCreateObject(client, { parentId: '1', name: '' })).rejects.toThrow(/non-empty/);
    expect(await writes()).toBe(before);
  });
});
