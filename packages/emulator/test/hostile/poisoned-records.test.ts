/**
 * A value of the wrong type cannot be stored through an update and then break a list for everyone:
 * updates are typed like creates (here: a history annotation's `timestamp`).
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type RunningEmulator, startEmulator } from '../../src/server.ts';
import { ADMIN, Findings } from './findings.ts';

let emulator: RunningEmulator;
beforeAll(async () => {
  emulator = await startEmulator({ port: 0, seed: 'empty' });
}, 60_000);
afterAll(() => emulator.close());

const call = (method: string, path: string, body?: unknown) =>
  fetch(emulator.url + path, {
    method,
    headers: { authorization: ADMIN, 'content-type': 'application/json' },
    body: body === undefined ? undefined : JSON.stringify(body),
  });

describe('hostile: poisoned records', () => {
  it('refuses an annotation update of the wrong type, and the list keeps answering', async () => {
    const findings = new Findings('poisoned records');
    const created = (await (
      await call('POST', '/node/api/history-annotations', { content: 'note', timestamp: 1000 })
    ).json()) as {
      id: string;
    };
    for (const timestamp of [{ toString: 1 }, { valueOf: 1 }, ['1'], 'soon', true]) {
      const update = await call('PATCH', `/node/api/history-annotations/${created.id}`, { timestamp });
      await update.body?.cancel();
      const list = await call('GET', '/node/api/history-annotations?from=0&to=9999999999999');
      await list.body?.cancel();
      findings.check(
        `timestamp ${JSON.stringify(timestamp)}`,
        update.status !== 400
          ? `update answered ${update.status}`
          : list.status !== 200
            ? `list answered ${list.status}`
            : undefined,
      );
    }
    findings.print();
    expect(findings.found).toEqual([]);
  });
});
