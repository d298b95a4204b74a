/**
 * The SDK helpers end to end over real HTTP against the emulator: paging through incident
 * history, bulk stat pushes with bounded concurrency, walking the demo tree, session reuse.
 * Everything is seeded through the API.
 */
import {
  createClient,
  isSaymonApiError,
  mapConcurrent,
  paginate,
  type SaymonClient,
  SaymonSessionError,
  walkObjects,
} from '@saymon-sdk/node';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type RunningEmulator, startEmulator } from '../src/server.ts';

const ADMIN = { login: 'admin', password: 'saymon' };
/** Thousands of requests per test: generous bounds for a loaded machine (nothing here measures speed). */
const SLOW = 120_000;

/** A fetch that records the most requests in flight at once. */
function countingFetch() {
  const counter = { inFlight: 0, peak: 0, total: 0 };
  const fetch: typeof globalThis.fetch = async (input, init) => {
    counter.inFlight++;
    counter.total++;
    counter.peak = Math.max(counter.peak, counter.inFlight);
    try {
      return await globalThis.fetch(input, init);
    } finally {
      counter.inFlight--;
    }
  };
  return { fetch, counter };
}

describe('helpers against the emulator (empty seed)', () => {
  let emulator: RunningEmulator;
  let admin: SaymonClient;
  beforeAll(async () => {
    emulator = await startEmulator({ port: 0, seed: 'empty' });
    admin = createClient({ url: emulator.url, auth: { type: 'basic', ...ADMIN } });
  }, SLOW);
  afterAll(() => emulator.close());

  it(
    'paginate: more than 1,000 incident-history rows in pages of 500',
    async () => {
      const object = await admin.objects.create({ body: { name: 'history source' } });
      const created = await mapConcurrent(
        Array.from({ length: 1_100 }, (_, i) => i),
        (i) => admin.incidents.create({ body: { entityId: String(object.id), text: `incident ${i}`, state: '1' } }),
        { concurrency: 20 },
      );
      expect(created.filter((r) => r.status === 'rejected')).toEqual([]);
      // cleared incidents move to history once incident_timeout passes: make that now
      await admin.configuration.update({ body: { server: { incident_timeout: 0 } } });
      await admin.incidents.clearAll();

      const { fetch, counter } = countingFetch();
      const client = createClient({ url: emulator.url, auth: { type: 'basic', ...ADMIN }, fetch });
      const ids = new Set<string>();
      for await (const incident of paginate(client, 'incidents.history', {}, { pageSize: 500 }))
        ids.add(String(incident.id));
      const expected = new Set(created.map((r) => (r.status === 'fulfilled' ? String(r.value.id) : '')));
      expect(ids).toEqual(expected);
      expect(counter.total).toBe(3); // 500 + 500 + 100: the short page ends it
      console.log(`paginate: ${ids.size} incident-history rows in ${counter.total} pages of 500`);
    },
    SLOW,
  );

  it(
    'mapConcurrent: 1,000 stat pushes, 20 in flight, the one failing item reported',
    async () => {
      const objects = await mapConcurrent(
        Array.from({ length: 999 }, (_, i) => `stat target ${i}`),
        (name) => admin.objects.create({ body: { name } }),
        { concurrency: 20 },
      );
      const ids = objects.map((r) => (r.status === 'fulfilled' ? String(r.value.id) : 'missing'));
      ids.splice(500, 0, 'no-such-object-id');
      const { fetch, counter } = countingFetch();
      const client = createClient({ url: emulator.url, auth: { type: 'basic', ...ADMIN }, fetch, retry: 0 });
      const progress: number[] = [];
      const results = await mapConcurrent(
        ids,
        (id, { signal }) => client.objects.setStat({ id, body: { cpu: { load: 0.5 } } }, { signal }),
        { concurrency: 20, onProgress: ({ done }) => progress.push(done) },
      );
      expect(results).toHaveLength(1_000);
      const failed = results.filter((r) => r.status === 'rejected');
      expect(failed).toHaveLength(1);
      expect(failed[0]).toMatchObject({ item: 'no-such-object-id', index: 500 });
      expect(isSaymonApiError(failed[0]?.status === 'rejected' ? failed[0].reason : undefined)).toBe(true);
      expect(counter.total).toBe(1_000);
      expect(counter.peak).toBeLessThanOrEqual(20);
      expect(counter.peak).toBeGreaterThan(1);
      expect(progress.at(-1)).toBe(1_000);
      const pushed = await admin.objects.get({ id: ids[0] as string });
      expect(pushed.id).toBe(ids[0]);
      console.log(
        `mapConcurrent: 1,000 stat pushes, peak ${counter.peak} in flight, ${failed.length} failure reported`,
      );
    },
    SLOW,
  );
});

describe('walkObjects on the demo tree', () => {
  let emulator: RunningEmulator;
  beforeAll(async () => {
    emulator = await startEmulator({ port: 0, seed: 'demo' });
  }, SLOW);
  afterAll(() => emulator.close());

  it(
    'reaches every object under the root once, at most 5 reads in flight',
    async () => {
      // the tree as the store holds it
      const objects = emulator.store.state.objects as Record<string, { child_ids?: string[] }>;
      const expected = new Set<string>();
      const stack = ['1'];
      while (stack.length) {
        const id = stack.pop() as string;
        if (expected.has(id) || !objects[id]) continue;
        expected.add(id);
        stack.push(...(objects[id].child_ids ?? []));
      }
      const { fetch, counter } = countingFetch();
      const client = createClient({ url: emulator.url, auth: { type: 'basic', ...ADMIN }, fetch });
      const seen: string[] = [];
      let deepest = 0;
      for await (const { object, depth } of walkObjects(client, '1', { concurrency: 5 })) {
        seen.push(String(object.id));
        deepest = Math.max(deepest, depth);
      }
      expect(new Set(seen)).toEqual(expected);
      expect(seen).toHaveLength(expected.size);
      expect(counter.peak).toBeLessThanOrEqual(5);
      expect(expected.size).toBeGreaterThan(10);
      console.log(`walkObjects: ${seen.length} demo objects, depth ${deepest}, peak ${counter.peak} reads in flight`);
    },
    SLOW,
  );
});

describe.each(['current', 'legacy'] as const)('session reuse with writes (%s mode)', (mode) => {
  let emulator: RunningEmulator;
  beforeAll(async () => {
    emulator = await startEmulator({ port: 0, seed: 'empty', mode });
  }, SLOW);
  afterAll(() => emulator.close());

  it(
    'sid + csrf from one client, reused in another, performs a write; logout ends both',
    async () => {
      const first = createClient({ url: emulator.url, auth: { type: 'session', ...ADMIN } });
      const session = await first.login();
      const stored = emulator.store.state.sessions[session.sid];
      expect(stored).toBeDefined();
      // current servers pair the session with a CSRF token (needed for writes); legacy ones set none
      if (mode === 'current') expect(session.csrf).toBe(stored?.csrf);
      else expect(session.csrf).toBeUndefined();
      const second = createClient({ url: emulator.url, auth: session });
      const created = await second.objects.create({ body: { name: `written through a reused session (${mode})` } });
      expect(emulator.store.state.objects[String(created.id)]).toBeDefined();
      await second.objects.update({ id: String(created.id), body: { name: 'renamed' } });

      await first.logout();
      await expect(first.objects.get({ id: String(created.id) })).rejects.toBeInstanceOf(SaymonSessionError);
      await expect(second.objects.get({ id: String(created.id) })).rejects.toMatchObject({ status: 401 });
      await first.login();
      await expect(first.objects.get({ id: String(created.id) })).resolves.toMatchObject({ name: 'renamed' });
    },
    SLOW,
  );
});
