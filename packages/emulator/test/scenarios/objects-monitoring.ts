import { expect } from 'vitest';
import { expectInvalid, expectStatus, newObject, UNKNOWN_ID } from './entity-helpers.ts';
import { scenarios } from './types.ts';

const conditions = [{ condition: { _formula: { definition: '{{cpu.load}}', value: '>0.9' } }, state: 5 }];
/** The conditions as read back: the SDK hands state ids out as strings. */
const readBack = conditions.map((c) => ({ ...c, state: String(c.state) }));
const triggers = [{ type: 'e-mail', payload: { to: 'duty@example.com' }, states: [4, 5] }];
const triggersReadBack = triggers.map((t) => ({ ...t, states: t.states.map(String) }));

/** Monitoring data, state and rules of objects. */
export const objectMonitoringScenarios = scenarios({
  'objects.stat': {
    async happy({ admin }) {
      const a = await newObject(admin);
      await admin.objects.setStat({ id: String(a.id), body: { cpu: { load: 0.5 } } });
      const stat = await admin.objects.stat({ id: String(a.id) });
      expect(stat).toMatchObject({ entityId: a.id, entityType: 1, payload: { cpu: { load: 0.5 } } });
    },
    async error({ admin }) {
      await expectStatus(admin.objects.stat({ id: UNKNOWN_ID }), 404);
    },
  },

  'objects.setStat': {
    async happy({ admin }) {
      const a = await newObject(admin);
      await admin.objects.setStat({ id: String(a.id), body: { cpu: { load: 0.5 } } });
      await admin.objects.setStat({ id: String(a.id), body: { cpu: { load: 0.7 } } });
      const stat = await admin.objects.stat({ id: String(a.id) });
      expect(stat).toMatchObject({ payload: { cpu: { load: 0.7 } }, lastPayload: { cpu: { load: 0.5 } } });
    },
    async error({ admin, viewer }) {
      const a = await newObject(admin);
      await expectStatus(viewer.objects.setStat({ id: String(a.id), body: { x: 1 } }), 403);
      await expectInvalid(admin.objects.setStat({ id: String(a.id), body: [1] as never }));
    },
  },

  'objects.statMeta': {
    async happy({ admin }) {
      const a = await newObject(admin);
      await admin.objects.setStatMeta({
        id: String(a.id),
        body: { cpu: { load: { type: 'number', changeRate: 'ALWAYS' } } },
      });
      const meta = await admin.objects.statMeta({ id: String(a.id) });
      expect(meta).toEqual({ entityId: a.id, entityType: 1, cpu: { load: { type: 'number', changeRate: 'ALWAYS' } } });
    },
    async error({ admin }) {
      await expectStatus(admin.objects.statMeta({ id: UNKNOWN_ID }), 404);
    },
  },

  'objects.setStatMeta': {
    async happy({ admin, emulator }) {
      const a = await newObject(admin);
      const key = `objects:${a.id}`;
      emulator.store.state.statMeta[key] = { agentId: '7', taskType: 'cpu', old: { type: 'number' } };
      await admin.objects.setStatMeta({ id: String(a.id), body: { packets: { changeRate: 'ALWAYS' } } });
      expect(emulator.store.state.statMeta[key]).toEqual({ packets: { changeRate: 'ALWAYS' } });
    },
    async error({ admin, viewer }) {
      const a = await newObject(admin);
      await expectStatus(viewer.objects.setStatMeta({ id: String(a.id), body: {} }), 403);
    },
  },

  'objects.metricNames': {
    async happy({ admin }) {
      const a = await newObject(admin);
      await admin.objects.setStat({ id: String(a.id), body: { cpu: { load: 1, name: 'x' }, mem: '12' } });
      expect(await admin.objects.metricNames({ id: String(a.id) })).toEqual(['cpu.load', 'mem']);
    },
    async error({ admin }) {
      await expectStatus(admin.objects.metricNames({ id: UNKNOWN_ID }), 404);
    },
  },

  'objects.history': {
    async happy({ admin }) {
      const a = await newObject(admin);
      for (const load of [1, 3, 2]) await admin.objects.setStat({ id: String(a.id), body: { cpu: { load } } });
      const series = await admin.objects.history({
        id: String(a.id),
        query: { metrics: ['cpu.load'], from: '1h-ago' },
      });
      expect(series).toHaveLength(1);
      expect(series[0]).toMatchObject({ metric: 'cpu.load', tags: { entity: `obj${a.id}` }, aggregateTags: [] });
      expect(series[0]?.dps?.map((p) => p[1])).toEqual([1, 3, 2]);
      const max = await admin.objects.history({
        id: String(a.id),
        query: { 'metrics[]': ['cpu.load'], from: Date.now() - 60_000, downsample: 'all-max' },
      });
      expect(max[0]?.dps?.map((p) => p[1])).toEqual([3]);
      // a metric with no data answers [] (real servers; not a series with empty dps)
      expect(await admin.objects.history({ id: String(a.id), query: { metrics: 'no.data', from: '1h-ago' } })).toEqual(
        [],
      );
      const before = await admin.objects.history({
        id: String(a.id),
        query: { metrics: 'cpu.load', from: '2h-ago', to: '1h-ago' },
      });
      expect(before).toEqual([]);
    },
    async error({ admin }) {
      const a = await newObject(admin);
      await expectStatus(admin.objects.history({ id: String(a.id), query: { metrics: 'x', from: 'yesterday' } }), 400);
      await expectStatus(admin.objects.history({ id: UNKNOWN_ID, query: { metrics: 'x', from: '1h-ago' } }), 404);
    },
  },

  'objects.lastMetrics': {
    async happy({ admin }) {
      const a = await newObject(admin);
      for (const v of [1, 2, 3]) await admin.objects.setStat({ id: String(a.id), body: { v } });
      const last = await admin.objects.lastMetrics({ id: String(a.id), query: { metrics: 'v' } });
      expect(last[0]?.dps?.map((p) => p[1])).toEqual([3]);
      const two = await admin.objects.lastMetrics({ id: String(a.id), query: { metrics: 'v', length: 2 } });
      expect(two[0]?.dps?.map((p) => p[1])).toEqual([2, 3]);
    },
    async error({ admin }) {
      const a = await newObject(admin);
      await expectInvalid(admin.objects.lastMetrics({ id: String(a.id), query: {} as never }));
      await expectStatus(admin.objects.lastMetrics({ id: String(a.id), query: { metrics: 'v', length: 0 } }), 400);
    },
  },

  'objects.setState': {
    async happy({ admin }) {
      const a = await newObject(admin);
      const updated = await admin.objects.setState({ id: String(a.id), body: { state_id: 5 } });
      expect(updated.state_id).toBe('5');
      const history = await admin.objects.stateHistory({ id: String(a.id) });
      expect(history.at(-1)).toMatchObject({ entityId: a.id, entityType: 1, stateId: '5' });
    },
    async error({ admin, viewer }) {
      const a = await newObject(admin);
      await expectStatus(viewer.objects.setState({ id: String(a.id), body: { state_id: 5 } }), 403);
      await expectStatus(admin.objects.setState({ id: String(a.id), body: { state_id: 999 } }), 400);
    },
  },

  'objects.setManualState': {
    async happy({ admin }) {
      const a = await newObject(admin);
      await admin.objects.setState({ id: String(a.id), body: { state_id: 3 } });
      const pinned = await admin.objects.setManualState({
        id: String(a.id),
        body: { stateId: 6, reason: 'maintenance', until: Date.now() + 600_000 },
      });
      expect(pinned.manual_state).toMatchObject({ stateId: '6', reason: 'maintenance' });
      expect((await admin.objects.get({ id: String(a.id) })).state_id).toBe('6');
      const cleared = await admin.objects.setManualState({ id: String(a.id), body: { clear: true } });
      expect(cleared.manual_state).toBeNull();
      expect((await admin.objects.get({ id: String(a.id) })).state_id).toBe('3');
      // a pin whose end has passed is lifted on the next read
      await admin.objects.setManualState({
        id: String(a.id),
        body: { stateId: 6, since: Date.now() - 2000, until: Date.now() + 150 },
      });
      await new Promise((r) => setTimeout(r, 250));
      const after = await admin.objects.get({ id: String(a.id) });
      expect(after.manual_state).toBeNull();
      expect(after.state_id).toBe('3');
    },
    async error({ admin, viewer }) {
      const a = await newObject(admin);
      await expectStatus(admin.objects.setManualState({ id: String(a.id), body: { reason: 'no state' } }), 400);
      await expectStatus(viewer.objects.setManualState({ id: String(a.id), body: { stateId: 5 } }), 403);
    },
  },

  'objects.stateHistory': {
    async happy({ admin }) {
      const a = await newObject(admin);
      for (const state_id of [3, 4, 5]) await admin.objects.setState({ id: String(a.id), body: { state_id } });
      const all = await admin.objects.stateHistory({ id: String(a.id) });
      expect(all.map((e) => e.stateId)).toEqual(['3', '4', '5']);
      const page = await admin.objects.stateHistory({ id: String(a.id), query: { skip: 1, limit: 1, inverse: true } });
      expect(page.map((e) => e.stateId)).toEqual(['4']);
      expect(await admin.objects.stateHistory({ id: String(a.id), query: { from: Date.now() + 60_000 } })).toEqual([]);
    },
    async error({ admin }) {
      await expectStatus(admin.objects.stateHistory({ id: UNKNOWN_ID }), 404);
    },
  },

  'objects.stateConditions': {
    async happy({ admin }) {
      const a = await newObject(admin);
      expect(await admin.objects.stateConditions({ id: String(a.id) })).toEqual([]);
      await admin.objects.setStateConditions({ id: String(a.id), body: conditions });
      expect(await admin.objects.stateConditions({ id: String(a.id) })).toEqual(readBack);
    },
    async error({ admin, viewer }) {
      const a = await newObject(admin);
      await expectStatus(viewer.objects.stateConditions({ id: String(a.id) }), 403);
    },
  },

  'objects.setStateConditions': {
    async happy({ admin }) {
      const a = await newObject(admin);
      await admin.objects.setStateConditions({ id: String(a.id), body: conditions });
      await admin.objects.setStateConditions({ id: String(a.id), body: [] });
      expect(await admin.objects.stateConditions({ id: String(a.id) })).toEqual([]);
    },
    async error({ admin, viewer }) {
      const a = await newObject(admin);
      await expectStatus(viewer.objects.setStateConditions({ id: String(a.id), body: conditions }), 403);
      await expectInvalid(admin.objects.setStateConditions({ id: String(a.id), body: {} as never }));
    },
  },

  'objects.deleteStateConditions': {
    async happy({ admin, emulator }) {
      // an object of a class of its own, whose class has state conditions
      const classId = `scenario-class-${Date.now().toString(36)}`;
      const classRules = [{ condition: { x: 1 }, state: 4 }];
      emulator.store.state.stateConditions[`classes:${classId}`] = classRules;
      const a = await admin.objects.create({ body: { name: 'classy', class_id: classId } });
      await admin.objects.setStateConditions({ id: String(a.id), body: conditions });
      expect(await admin.objects.stateConditions({ id: String(a.id) })).toEqual(readBack);
      await admin.objects.deleteStateConditions({ id: String(a.id) });
      expect(await admin.objects.stateConditions({ id: String(a.id) })).toEqual([{ condition: { x: 1 }, state: '4' }]);
      expect(emulator.store.state.stateConditions[`objects:${a.id}`]).toBeUndefined();
      delete emulator.store.state.stateConditions[`classes:${classId}`];
    },
    async error({ admin, viewer }) {
      const a = await newObject(admin);
      await expectStatus(viewer.objects.deleteStateConditions({ id: String(a.id) }), 403);
      await expectStatus(admin.objects.deleteStateConditions({ id: UNKNOWN_ID }), 404);
    },
  },

  'objects.incidentConditions': {
    async happy({ admin }) {
      const a = await newObject(admin);
      await admin.objects.setIncidentConditions({
        id: String(a.id),
        body: [{ state: 1, text: 'CPU high', condition: { a: { name: 'cpu', value: { _gt: 90 } } } }],
      });
      const stored = await admin.objects.incidentConditions({ id: String(a.id) });
      expect(stored).toEqual([expect.objectContaining({ text: 'CPU high', id: expect.any(String) })]);
    },
    async error({ admin }) {
      await expectStatus(admin.objects.incidentConditions({ id: UNKNOWN_ID }), 404);
    },
  },

  'objects.setIncidentConditions': {
    async happy({ admin, emulator }) {
      const a = await newObject(admin);
      await admin.objects.setIncidentConditions({ id: String(a.id), body: [{ state: 2, text: 'slow' }] });
      expect(emulator.store.state.incidentConditions[`objects:${a.id}`]).toEqual([
        expect.objectContaining({ state: 2, text: 'slow' }),
      ]);
    },
    async error({ admin, viewer }) {
      const a = await newObject(admin);
      await expectStatus(viewer.objects.setIncidentConditions({ id: String(a.id), body: [] }), 403);
    },
  },

  'objects.stateTriggers': {
    async happy({ admin }) {
      const a = await newObject(admin);
      await admin.objects.setStateTriggers({ id: String(a.id), body: triggers });
      expect(await admin.objects.stateTriggers({ id: String(a.id) })).toEqual(triggersReadBack);
    },
    async error({ admin, viewer }) {
      const a = await newObject(admin);
      await expectStatus(viewer.objects.stateTriggers({ id: String(a.id) }), 403);
    },
  },

  'objects.setStateTriggers': {
    async happy({ admin, emulator }) {
      const a = await newObject(admin);
      await admin.objects.setStateTriggers({ id: String(a.id), body: triggers });
      expect(emulator.store.state.stateTriggers[`objects:${a.id}`]).toEqual(triggers);
    },
    async error({ admin, viewer }) {
      const a = await newObject(admin);
      await expectStatus(viewer.objects.setStateTriggers({ id: String(a.id), body: triggers }), 403);
      await expectStatus(admin.objects.setStateTriggers({ id: UNKNOWN_ID, body: triggers }), 404);
    },
  },
});
