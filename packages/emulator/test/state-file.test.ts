/**
 * The data file is the state, after every call of every endpoint: the scenarios of
 * `endpoints.test.ts` run against an emulator with `data`, and after each one the file must read
 * exactly as `JSON.stringify(store.state)`. Saves encode again only what changed
 * (`store/state-text.ts`: new, removed or replaced entries by identity, changes in place by the
 * marks of `store.updated()`); a second `StateText` that only ever encodes incrementally follows
 * the same store, so a `domain/` function that changes a record in place without marking it, or
 * a record reachable from two places, fails here even where a save encodes everything.
 */
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { endpoints } from '@saymon-sdk/node';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { type RunningEmulator, startEmulator } from '../src/server.ts';
import { StateText } from '../src/store/state-text.ts';
import { allScenarios } from './scenarios/all.ts';
import { type ScenarioContext, scenarioContext } from './scenarios/types.ts';

const dir = mkdtempSync(join(tmpdir(), 'saymon-state-file-'));
const data = join(dir, 'state.json');
let emulator: RunningEmulator;
let context: ScenarioContext;
let incremental: StateText;

beforeAll(async () => {
  emulator = await startEmulator({ port: 0, seed: 'demo', data });
  context = scenarioContext(emulator);
  incremental = new StateText(() => emulator.store.state);
  emulator.store.track(incremental);
  // encoded before every handler run, as a save after each write does: a record changed in place
  // by the next run without a mark keeps its old bytes
  const { store } = emulator;
  const [change, read] = [store.change.bind(store), store.read.bind(store)];
  vi.spyOn(store, 'change').mockImplementation((run) => {
    incremental.chunks();
    return change(run);
  });
  vi.spyOn(store, 'read').mockImplementation((run) => {
    incremental.chunks();
    return read(run);
  });
});
afterAll(async () => {
  await emulator?.close();
  rmSync(dir, { recursive: true, force: true });
});

/** Where the file and the state part: the top-level keys and entries that differ (a diff of megabytes would not help). */
function difference(saved: string, state: string): string | undefined {
  if (saved === state) return undefined;
  const file = JSON.parse(saved) as Record<string, unknown>;
  const memory = JSON.parse(state) as Record<string, unknown>;
  const same = (x: unknown, y: unknown) => JSON.stringify(x) === JSON.stringify(y);
  const parts = Object.keys(memory)
    .filter((key) => !same(file[key], memory[key]))
    .map((key) => {
      const inFile = file[key] as Record<string, unknown> | undefined;
      const inMemory = memory[key];
      if (!inMemory || typeof inMemory !== 'object' || Array.isArray(inMemory)) return key;
      const entries = Object.keys(inMemory).filter(
        (entry) => !same(inFile?.[entry], (inMemory as Record<string, unknown>)[entry]),
      );
      return `${key}[${entries.slice(0, 3).join(', ')}]`;
    });
  return parts.length ? parts.join(' ') : 'key order';
}

/**
 * Where the incremental text and then the file (after `save()`, which also writes the scenario's
 * fixtures, set on `store.state` directly) part from the state in memory.
 */
async function savedMatchesMemory() {
  const memory = JSON.stringify(emulator.store.state);
  const tracked = difference(incremental.text(), memory);
  if (tracked) {
    incremental.touchAll(); // the next endpoint's check starts afresh
    return `not marked: ${tracked}`;
  }
  await emulator.save();
  return difference(readFileSync(data, 'utf8'), memory);
}

describe('the data file after each endpoint', () => {
  for (const endpoint of endpoints) {
    it(endpoint.id, async () => {
      const scenario = allScenarios[endpoint.id];
      await scenario.happy(context);
      await scenario.error(context);
      expect(await savedMatchesMemory()).toBeUndefined();
    });
  }
});

describe('a restart from the data file', () => {
  it('keeps every write of every scenario above (each domain/ function the handlers call)', async () => {
    const memory = JSON.stringify(emulator.store.state);
    await emulator.close();
    emulator = await startEmulator({ port: 0, seed: 'demo', data });
    expect(JSON.stringify(emulator.store.state)).toBe(memory);
  });
});
