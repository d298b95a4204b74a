/** Pushed stat drives the entity's state and incidents through its conditions, as on SAYMON. */
import { createClient } from '@saymon-sdk/node';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type RunningEmulator, startEmulator } from '../src/server.ts';

let emulator: RunningEmulator;
beforeAll(async () => {
  emulator = await startEmulator({ port: 0, seed: 'empty' });
});
afterAll(() => emulator.close());

const hot = { _field: { name: 'cpu.load', value: { _gt: 90 } } };
const calm = { _field: { name: 'cpu.load', value: { _lte: 90 } } };

describe('conditions', () => {
  it('state and incident conditions follow each push', async () => {
    const admin = createClient({
      url: emulator.url,
      auth: { type: 'basic', login: 'admin', password: 'saymon' },
      responseValidation: 'strict',
    });
    const states = await admin.states.list();
    const [ok, alarm] = [states[1]?.id, states.at(-1)?.id] as [number, number];
    const server = await admin.objects.create({ body: { name: 'db-01' } });
    const id = String(server.id);
    await admin.objects.setStateConditions({
      id,
      body: [
        { condition: hot, state: alarm },
        { condition: calm, state: ok },
      ],
    });
    await admin.objects.setIncidentConditions({
      id,
      body: [{ condition: hot, clearCondition: calm, state: '4', text: 'CPU above 90%' }],
    });
    const open = async () =>
      (await admin.incidents.list()).filter((i) => String(i.entityId) === id && String(i.state) !== '3');

    await admin.objects.setStat({ id, body: { cpu: { load: 95 } } });
    expect(String((await admin.objects.get({ id })).state_id)).toBe(String(alarm));
    expect(await open()).toEqual([expect.objectContaining({ text: 'CPU above 90%', state: '4' })]);

    await admin.objects.setStat({ id, body: { cpu: { load: 97 } } });
    expect(await open()).toHaveLength(1); // still one incident, not a second

    await admin.objects.setStat({ id, body: { cpu: { load: 12 } } });
    expect(String((await admin.objects.get({ id })).state_id)).toBe(String(ok));
    expect(await open()).toEqual([]);
    const history = await admin.objects.stateHistory({ id });
    expect(history.map((h) => String(h.stateId))).toEqual(expect.arrayContaining([String(alarm), String(ok)]));
  });

  it('a manual state holds against conditions', async () => {
    const admin = createClient({ url: emulator.url, auth: { type: 'basic', login: 'admin', password: 'saymon' } });
    const states = await admin.states.list();
    const [pinnedState, alarm] = [states[0]?.id, states.at(-1)?.id] as [number, number];
    const object = await admin.objects.create({ body: { name: 'pinned' } });
    const id = String(object.id);
    await admin.objects.setStateConditions({ id, body: [{ condition: hot, state: alarm }] });
    await admin.objects.setManualState({ id, body: { stateId: pinnedState } as never });
    await admin.objects.setStat({ id, body: { cpu: { load: 99 } } });
    expect(String((await admin.objects.get({ id })).state_id)).toBe(String(pinnedState));
  });
});
