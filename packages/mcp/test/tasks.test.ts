/**
 * The task suite's own checks, against the emulator with the SDK only: enough tasks, every oracle
 * gives facts, and every write task's check fails before the write and passes after it.
 */
import { afterAll, beforeAll, describe, expect, it, onTestFinished } from 'vitest';
import { type Demo, startDemo } from './emulator.ts';
import { Estate } from './tasks/estate.ts';
import { TASKS } from './tasks/index.ts';
import { COMMENT } from './tasks/write-tasks.ts';

let demo: Demo;
beforeAll(async () => {
  demo = await startDemo();
});
afterAll(() => demo?.emulator.close());

describe('operator task suite', () => {
  it('holds at least 30 tasks with distinct ids and questions', () => {
    expect(TASKS.length).toBeGreaterThanOrEqual(30);
    expect(new Set(TASKS.map((t) => t.id)).size).toBe(TASKS.length);
    expect(new Set(TASKS.map((t) => t.question)).size).toBe(TASKS.length);
  });

  it.each(TASKS.filter((t) => t.kind === 'read'))('$id: the oracle names facts', async (task) => {
    const oracle = await task.oracle(demo.client);
    expect(oracle.facts.length).toBeGreaterThan(0);
    for (const fact of oracle.facts) expect(fact).toMatch(/\S/);
    expect(oracle.facts.join(' ')).not.toMatch(/undefined|NaN|\[object/);
    expect(oracle.verify).toBeUndefined();
  });

  // each write gets its own estate: the check must fail untouched and pass once the SDK made the change
  const writes: Record<string, (d: Demo) => Promise<void>> = {
    'acknowledge-newest-k8s-node02': async ({ client }) => {
      const estate = await Estate.load(client);
      const node = String(estate.byName('spb2-k8s-node02').id);
      const [newest] = (await client.incidents.list())
        .filter((i) => String(i.entityId) === node)
        .sort((a, b) => Number(b.timestamp) - Number(a.timestamp));
      await client.incidents.acknowledge({ id: String(newest?.id) });
    },
    'comment-k8s-node01': async ({ client }) => {
      const estate = await Estate.load(client);
      const node = String(estate.byName('msk1-k8s-node01').id);
      const incident = (await client.incidents.list()).find((i) => String(i.entityId) === node);
      await client.incidents.comment({ id: String(incident?.id), body: COMMENT });
    },
    'manual-stopped-web02': async ({ client }) => {
      const estate = await Estate.load(client);
      const stopped = [...estate.stateNames].find(([, name]) => name === 'Stopped')?.[0] as string;
      await client.objects.setManualState({ id: estate.byName('msk1-web02').id, body: { stateId: stopped } });
    },
  };

  it.each(TASKS.filter((t) => t.kind === 'write'))(
    '$id: the check fails before the write, passes after',
    async (task) => {
      const fresh = await startDemo();
      onTestFinished(() => fresh.emulator.close());
      const oracle = await task.oracle(fresh.client);
      expect(oracle.facts.length).toBeGreaterThan(0);
      await expect(oracle.verify?.(fresh.client)).rejects.toThrow();
      const write = writes[task.id];
      if (!write) throw new Error(`no direct write for ${task.id}`);
      await write(fresh);
      await expect(oracle.verify?.(fresh.client)).resolves.toBeUndefined();
    },
  );
});
