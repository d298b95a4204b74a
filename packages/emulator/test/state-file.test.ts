/**
 * The data file is the state, after every call of every endpoint: the scenarios of
 * `endpoints.test.ts` run against an emulator with `data`, and after each one the file must read
 * exactly as `JSON.stringify(store.state)`. Saves encode only what requests reached
 * (`store/state-text.ts`), which holds only while no record is reachable from two places in the
 * state: a handler that shares one, or changes one without going through the store, fails here.
 */
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { endpoints } from '@saymon-sdk/node';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type RunningEmulator, startEmulator } from '../src/server.ts';
import { allScenarios } from './scenarios/all.ts';
import { type ScenarioContext, scenarioContext } from './scenarios/types.ts';

const dir = mkdtempSync(join(tmpdir(), 'saymon-state-file-'));
const data = join(dir, 'state.json');
let emulator: RunningEmulator;
let context: ScenarioContext;

beforeAll(async () => {
  emulator = await startEmulator({ port: 0, seed: 'demo', data });
  context = scenarioContext(emulator);
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
 * After the scenario's fixtures (written to `store.state` directly) are saved too. Reading the
 * state through its proxies marks every part of it, so it is saved once more afterwards: the next
 * scenario's saves then encode only what its requests reach, as in use.
 */
async function savedMatchesMemory() {
  await emulator.save();
  const found = difference(readFileSync(data, 'utf8'), JSON.stringify(emulator.store.state));
  await emulator.save();
  return found;
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
