/**
 * The state is plain data with a data file as without one: every collection can be copied with
 * `structuredClone`, spread and `JSON.stringify`, and gives the same result in both emulators
 * (same seed and clock), before and after a write.
 */
import { join } from 'node:path';
import { describe, expect, it, onTestFinished } from 'vitest';
import { tempDir } from '../../core/test/temp-dir.ts';
import { type RunningEmulator, startEmulator } from '../src/server.ts';

const now = () => Date.UTC(2026, 0, 1);

async function started(data?: string) {
  const emulator = await startEmulator({ port: 0, seed: 'demo', now, ...(data && { data }) });
  onTestFinished(() => emulator.close());
  return emulator;
}

/** Each collection copied three ways, as JSON text. */
function copies(emulator: RunningEmulator) {
  const state: Record<string, unknown> = { ...emulator.store.state };
  return Object.fromEntries(
    Object.entries(state).map(([name, collection]) => {
      const spread = Array.isArray(collection) ? [...collection] : { ...(collection as object) };
      return [
        name,
        {
          cloned: JSON.stringify(structuredClone(collection)),
          spread: JSON.stringify(spread),
          text: JSON.stringify(collection),
        },
      ];
    }),
  );
}

async function write(emulator: RunningEmulator) {
  const response = await fetch(`${emulator.url}/node/api/objects`, {
    method: 'POST',
    headers: { authorization: `Basic ${btoa('admin:saymon')}`, 'content-type': 'application/json' },
    body: JSON.stringify({ name: 'plain state', parent_id: '1' }),
  });
  expect(response.status).toBe(200);
}

describe('the state with and without a data file', () => {
  it('copies every collection the same way, before and after a write', async () => {
    const plain = await started();
    const withData = await started(join(tempDir('saymon-plain-'), 'state.json'));
    for (const step of ['seeded', 'written']) {
      if (step === 'written') await Promise.all([write(plain), write(withData)]);
      const [without, within] = [copies(plain), copies(withData)];
      expect(Object.keys(within).length).toBeGreaterThan(30);
      for (const [name, copy] of Object.entries(within)) {
        expect(copy.cloned, `${step}: ${name}`).toBe(copy.text);
        expect(copy.spread, `${step}: ${name}`).toBe(copy.text);
      }
      // the ids of written objects come from the clock and a counter, the same in both
      expect(within).toEqual(without);
    }
  });
});
