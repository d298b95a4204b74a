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

/** An admin client (strict validation), an OK and an alarm state, and the entity's open incidents. */
async function connect() {
  const admin = createClient({
    url: emulator.url,
    auth: { type: 'basic', login: 'admin', password: 'saymon' },
    responseValidation: 'strict',
  });
  const states = await admin.states.list();
  const [ok, alarm] = [states[1]?.id, states.at(-1)?.id] as [string, string];
  const open = async (id: string) =>
    (await admin.incidents.list()).filter((i) => String(i.entityId) === id && String(i.state) !== '3');
  return { admin, ok, alarm, open };
}

describe('conditions', () => {
  it('state and incident conditions follow each push', async () => {
    const { admin, ok, alarm, open } = await connect();
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

    await admin.objects.setStat({ id, body: { cpu: { load: 95 } } });
    expect(String((await admin.objects.get({ id })).state_id)).toBe(String(alarm));
    expect(await open(id)).toEqual([expect.objectContaining({ text: 'CPU above 90%', state: '4' })]);

    await admin.objects.setStat({ id, body: { cpu: { load: 97 } } });
    expect(await open(id)).toHaveLength(1); // still one incident, not a second

    await admin.objects.setStat({ id, body: { cpu: { load: 12 } } });
    expect(String((await admin.objects.get({ id })).state_id)).toBe(String(ok));
    expect(await open(id)).toEqual([]);
    const history = await admin.objects.stateHistory({ id });
    expect(history.map((h) => String(h.stateId))).toEqual(expect.arrayContaining([String(alarm), String(ok)]));
  });

  it('a manual state holds against conditions', async () => {
    const admin = createClient({ url: emulator.url, auth: { type: 'basic', login: 'admin', password: 'saymon' } });
    const states = await admin.states.list();
    const [pinnedState, alarm] = [states[0]?.id, states.at(-1)?.id] as [string, string];
    const object = await admin.objects.create({ body: { name: 'pinned' } });
    const id = String(object.id);
    await admin.objects.setStateConditions({ id, body: [{ condition: hot, state: alarm }] });
    await admin.objects.setManualState({ id, body: { stateId: pinnedState } as never });
    await admin.objects.setStat({ id, body: { cpu: { load: 99 } } });
    expect(String((await admin.objects.get({ id })).state_id)).toBe(String(pinnedState));
  });

  it('formula conditions of the class drive state and incidents through pushed stat', async () => {
    const { admin, ok, alarm, open } = await connect();
    const definition = '{{averageCpuLoad.oneMinuteAverageLoad}} / {{cpuInformation.totalCores}}';
    const cls = await admin.classes.create({ body: { name: 'formula host' } });
    const classId = String(cls.id);
    // the documented form, set on the class: its objects have none of their own
    await admin.classes.setStateConditions({
      id: classId,
      body: [
        { condition: { _formula: { definition, value: '<=0.8' } }, state: ok },
        { condition: { _formula: { definition, value: '>0.8' } }, state: alarm },
      ],
    });
    const host = await admin.objects.create({ body: { name: 'formula-01', class_id: classId } });
    const id = String(host.id);
    await admin.objects.setIncidentConditions({
      id,
      body: [
        {
          condition: { _formula: { definition, value: '>0.8' }, _field: { name: 'status', value: { _eq: 'up' } } },
          state: '4',
          text: 'load per core above 0.8',
        },
      ],
    });
    const stateOf = async () => String((await admin.objects.get({ id })).state_id);
    const push = (load: unknown, cores: unknown) =>
      admin.objects.setStat({
        id,
        body: { averageCpuLoad: { oneMinuteAverageLoad: load }, cpuInformation: { totalCores: cores }, status: 'up' },
      });

    await push(2, 4);
    expect(await stateOf()).toBe(String(ok));
    expect(await open(id)).toEqual([]);

    await push(3.6, 4);
    expect(await stateOf()).toBe(String(alarm));
    expect(await open(id)).toEqual([expect.objectContaining({ text: 'load per core above 0.8', state: '4' })]);

    // a metric that is not a number leaves every formula false: no new state, and the incident clears
    await push('n/a', 4);
    expect(await stateOf()).toBe(String(alarm));
    expect(await open(id)).toEqual([]);

    await push(3.6, '4');
    expect(await open(id)).toHaveLength(1);
    await push(1.2, 4);
    expect(await stateOf()).toBe(String(ok));
    expect(await open(id)).toEqual([]);
    const history = await admin.objects.stateHistory({ id });
    expect(history.map((h) => String(h.stateId))).toEqual(expect.arrayContaining([String(alarm), String(ok)]));
  });

  it('a malformed formula never fires and is stored as sent', async () => {
    const admin = createClient({ url: emulator.url, auth: { type: 'basic', login: 'admin', password: 'saymon' } });
    const states = await admin.states.list();
    const alarm = states.at(-1)?.id as string;
    const object = await admin.objects.create({ body: { name: 'malformed' } });
    const id = String(object.id);
    const before = String((await admin.objects.get({ id })).state_id);
    const condition = { _formula: { definition: '(({{cpu.load}} +* 2', value: '>0' } };
    await admin.objects.setStateConditions({ id, body: [{ condition, state: alarm }] });
    await admin.objects.setStat({ id, body: { cpu: { load: 99 } } });
    expect(String((await admin.objects.get({ id })).state_id)).toBe(before);
    expect(await admin.objects.stateConditions({ id })).toEqual([expect.objectContaining({ condition })]);
  });
});
