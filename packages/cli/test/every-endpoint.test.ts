/**
 * Every registry endpoint through its `saymon` command, in-process, against the emulator: the
 * emulator's own per-endpoint scenarios run with clients whose methods are commands (see
 * cli-client.ts), so each endpoint's happy and error paths go command line → SDK → HTTP.
 */
import { endpoints } from '@saymon-sdk/node';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { startEmulator } from '../../emulator/src/server.ts';
import { allScenarios } from '../../emulator/test/scenarios/all.ts';
import { type ScenarioContext, scenarioContext } from '../../emulator/test/scenarios/types.ts';
import { run } from '../src/run.ts';
import { drivenAny, drivenOk } from './cli-client.ts';

vi.mock('@saymon-sdk/node', async (importOriginal) => {
  const sdk = await importOriginal<typeof import('@saymon-sdk/node')>();
  const { cliClient } = await import('./cli-client.ts');
  return { ...sdk, createClient: (options: Parameters<typeof sdk.createClient>[0]) => cliClient(sdk, options) };
});

/**
 * Error paths whose input a command line cannot give, with the reason. Their happy paths still run,
 * and the command's own refusal of such input is tested in test/usage.test.ts.
 */
const NOT_ON_A_COMMAND_LINE: Partial<Record<string, string>> = {
  'agents.uploadUpdate': 'an empty multipart form: without --file the command refuses before sending',
  'links.addDocument': 'an empty multipart form: without --file the command refuses before sending',
  'objects.list': 'the number 42 as a field name: on a command line every value is text, "42" is a valid name',
  'incidents.list': 'extraQuery sends limit "many" unchecked; a command checks every flag and refuses it',
  'v2.getLinks': 'extraBody sends offset "many" unchecked; a command checks the whole body and refuses it',
};
/** Happy paths that use what is not a command (client.logout(), a reused session id). */
const NOT_A_COMMAND: Partial<Record<string, string>> = {
  'sessions.delete': 'client.logout() and a client reusing a session id; see the sessions delete test below',
};

let context: ScenarioContext;
beforeAll(async () => {
  context = scenarioContext(await startEmulator({ port: 0, seed: 'demo' }));
});
afterAll(async () => {
  await context?.emulator.close();
});

describe('every endpoint through its command', () => {
  for (const endpoint of endpoints) {
    const scenario = allScenarios[endpoint.id];
    it.skipIf(NOT_A_COMMAND[endpoint.id])(`${endpoint.id}: happy path`, async () => {
      await scenario.happy(context);
    });
    it.skipIf(NOT_ON_A_COMMAND_LINE[endpoint.id])(`${endpoint.id}: error path`, async () => {
      await scenario.error(context);
    });
  }

  it('sessions delete ends the session a session-auth run opened; a run leaves no session open', async () => {
    const env = { SAYMON_URL: context.url, SAYMON_LOGIN: 'admin', SAYMON_PASSWORD: 'saymon', SAYMON_AUTH: 'session' };
    const open = () => Object.keys(context.emulator.store.state.sessions).length;
    const before = open();
    const io = { env, stdout: { write: () => true }, stderr: { write: () => true }, stdin: [] };
    expect((await run(['users', 'current', '-o', 'json'], io)).exitCode).toBe(0);
    expect(open()).toBe(before);
    expect((await run(['sessions', 'delete'], io)).exitCode).toBe(0);
    drivenOk.add('sessions.delete');
    drivenAny.add('sessions.delete');
    expect(open()).toBe(before);
  });

  it('state-history list answers without flags', async () => {
    const env = { SAYMON_URL: context.url, SAYMON_LOGIN: 'admin', SAYMON_PASSWORD: 'saymon' };
    const out: string[] = [];
    const io = { env, stdout: { write: (c: string) => out.push(c) }, stderr: { write: () => true }, stdin: [] };
    expect((await run(['state-history', 'list', '-o', 'json'], io)).exitCode).toBe(0);
    expect(Array.isArray(JSON.parse(out.join('')))).toBe(true);
    drivenOk.add('stateHistory.list');
    drivenAny.add('stateHistory.list');
  });

  it('called every endpoint successfully through a command', () => {
    const missing = endpoints.map((e) => e.id).filter((id) => !drivenOk.has(id));
    console.log(
      `saymon commands: ${drivenOk.size} of ${endpoints.length} endpoints answered through a command, ${drivenAny.size} called`,
    );
    expect(missing).toEqual([]);
  });
});
