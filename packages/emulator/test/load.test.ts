/** 2,000 requests, 50 at a time, on loopback: all answered, no write lost. Bounded in count. */
import { createClient } from '@saymon-sdk/node';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type RunningEmulator, startEmulator } from '../src/server.ts';

let emulator: RunningEmulator;
beforeAll(async () => {
  emulator = await startEmulator({ port: 0, seed: 'empty' });
});
afterAll(() => emulator.close());

describe('load', () => {
  it('2,000 mixed requests with 50 in flight complete without error or lost write', async () => {
    const client = createClient({
      url: emulator.url,
      auth: { type: 'basic', login: 'admin', password: 'saymon' },
      retry: 0,
    });
    const total = 2_000;
    const created: string[] = [];
    let next = 0;
    let failures = 0;
    const worker = async () => {
      while (next < total) {
        const i = next++;
        try {
          if (i % 2 === 0) created.push(String((await client.objects.create({ body: { name: `load-${i}` } })).id));
          else await client.objects.get({ id: '1' });
        } catch {
          failures++;
        }
      }
    };
    await Promise.all(Array.from({ length: 50 }, worker));
    expect(failures).toBe(0);
    expect(created).toHaveLength(total / 2);
    const ids = new Set((await client.objects.list()).map((o) => String(o.id)));
    expect(created.every((id) => ids.has(id))).toBe(true);
    const root = await client.objects.get({ id: '1' });
    expect(root.child_ids).toEqual(expect.arrayContaining(created));
  });
});
