import { expect } from 'vitest';
import { expectInvalid, expectStatus, fileForm, newLinkFixture, newObject, UNKNOWN_ID } from './entity-helpers.ts';
import { scenarios } from './types.ts';

const conditions = [{ condition: { packetLoss: { name: 'loss', value: { _gt: 5 } } }, state: 5 }];
/** The conditions as read back: the SDK hands state ids out as strings. */
const readBack = conditions.map((c) => ({ ...c, state: String(c.state) }));
const triggers = [{ type: 'script', payload: { execPath: './reboot.sh' }, states: [5] }];
const triggersReadBack = triggers.map((t) => ({ ...t, states: t.states.map(String) }));

export const linkScenarios = scenarios({
  'links.list': {
    async happy({ admin }) {
      const { id, source, target } = await newLinkFixture(admin);
      const all = await admin.links.list();
      expect(all.find((l) => l.id === id)).toMatchObject({
        source: source.id,
        target: target.id,
        source_name: source.name,
        target_name: target.name,
      });
      expect(all.find((l) => l.id === id)).not.toHaveProperty('created');
      const some = await admin.links.list({ query: { fields: ['source'] } });
      expect(some.find((l) => l.id === id)).toEqual({ id, source: source.id });
    },
    async error({ anonymous }) {
      await expectStatus(anonymous.links.list(), 401);
    },
  },

  'links.get': {
    async happy({ admin }) {
      const { id, folder } = await newLinkFixture(admin);
      const link = await admin.links.get({ id });
      expect(link).toMatchObject({ id, entityType: 2, owner_id: folder.id });
      expect(await admin.links.get({ id, query: { fields: ['state_id'] } })).toEqual({ id, state_id: '1' });
    },
    async error({ admin }) {
      await expectStatus(admin.links.get({ id: UNKNOWN_ID }), 404);
    },
  },

  'links.create': {
    async happy({ admin }) {
      const a = await newObject(admin);
      const b = await newObject(admin);
      const link = await admin.links.create({
        body: { source: String(a.id), target: String(b.id), weight: 3 } as never,
      });
      expect(link).toMatchObject({ source: a.id, target: b.id, weight: 3, owner_id: '1' });
      expect((await admin.objects.get({ id: '1' })).child_link_ids).toContain(link.id);
    },
    async error({ admin, viewer }) {
      const a = await newObject(admin);
      await expectStatus(viewer.links.create({ body: { source: String(a.id), target: String(a.id) } }), 403);
      await expectStatus(admin.links.create({ body: { source: String(a.id), target: UNKNOWN_ID } }), 404);
      await expectInvalid(admin.links.create({ body: { source: String(a.id) } as never }));
    },
  },

  'links.update': {
    async happy({ admin }) {
      const { id, source } = await newLinkFixture(admin);
      const updated = await admin.links.update({ id, body: { weight: '42', name: 'uplink', class_id: 99 } as never });
      expect(updated).toMatchObject({ weight: 42, name: 'uplink', class_id: '35', _version: 1 });
      // renaming an end renames it on the link
      await admin.objects.update({ id: String(source.id), body: { name: 'renamed source' } });
      expect((await admin.links.get({ id })).source_name).toBe('renamed source');
    },
    async error({ admin, viewer }) {
      const { id } = await newLinkFixture(admin);
      await expectStatus(viewer.links.update({ id, body: { weight: 1 } }), 403);
      await expectStatus(admin.links.update({ id: UNKNOWN_ID, body: { weight: 1 } }), 404);
    },
  },

  'links.delete': {
    async happy({ admin }) {
      const { id, folder } = await newLinkFixture(admin);
      await admin.links.delete({ id });
      await expectStatus(admin.links.get({ id }), 404);
      expect((await admin.objects.get({ id: String(folder.id) })).child_link_ids).not.toContain(id);
    },
    async error({ admin, viewer }) {
      const { id } = await newLinkFixture(admin);
      await expectStatus(viewer.links.delete({ id }), 403);
      await expectStatus(admin.links.delete({ id: UNKNOWN_ID }), 404);
    },
  },

  'links.paths': {
    async happy({ admin }) {
      const { id, source, folder } = await newLinkFixture(admin);
      const answer = await admin.links.paths({ id, query: { fields: 'name' } });
      expect(answer.paths).toEqual([[source.id, folder.id, '1']]);
      expect(answer.objects?.map((o) => o.name)).toEqual([source.name, folder.name, 'Root']);
    },
    async error({ admin }) {
      await expectStatus(admin.links.paths({ id: UNKNOWN_ID }), 404);
    },
  },

  'links.addDocument': {
    async happy({ admin }) {
      const { id } = await newLinkFixture(admin);
      const web = await admin.links.addDocument({ id, body: { name: 'Runbook', value: 'https://runbook.example' } });
      expect(web).toEqual({ id: expect.any(String) });
      const upload = await admin.links.addDocument({ id, body: fileForm('link.txt') as never });
      expect(upload).toMatchObject({ type_id: 7, name: 'link.txt' });
    },
    async error({ admin, viewer }) {
      const { id } = await newLinkFixture(admin);
      await expectStatus(viewer.links.addDocument({ id, body: { value: 'https://x.org' } }), 403);
      await expectStatus(admin.links.addDocument({ id, body: new FormData() as never }), 400);
    },
  },

  'links.getDocument': {
    async happy({ admin }) {
      const { id } = await newLinkFixture(admin);
      const doc = await admin.links.addDocument({ id, body: { name: 'Runbook', value: 'https://runbook.example' } });
      expect(await admin.links.getDocument({ id: id, docId: String(doc.id) })).toEqual({
        id: doc.id,
        type_id: 6,
        name: 'Runbook',
        value: 'https://runbook.example',
      });
    },
    async error({ admin }) {
      const { id } = await newLinkFixture(admin);
      await expectStatus(admin.links.getDocument({ id: id, docId: UNKNOWN_ID }), 404);
    },
  },

  'links.deleteDocument': {
    async happy({ admin }) {
      const { id } = await newLinkFixture(admin);
      const doc = await admin.links.addDocument({ id, body: { value: 'https://runbook.example' } });
      await admin.links.deleteDocument({ id: id, docId: String(doc.id) });
      await expectStatus(admin.links.getDocument({ id: id, docId: String(doc.id) }), 404);
    },
    async error({ admin, viewer }) {
      const { id } = await newLinkFixture(admin);
      const doc = await admin.links.addDocument({ id, body: { value: 'https://runbook.example' } });
      await expectStatus(viewer.links.deleteDocument({ id: id, docId: String(doc.id) }), 403);
      await expectStatus(admin.links.deleteDocument({ id: UNKNOWN_ID, docId: String(doc.id) }), 404);
    },
  },

  'links.stat': {
    async happy({ admin }) {
      const { id } = await newLinkFixture(admin);
      await admin.links.setStat({ id, body: { packetsTransmitted: 4, packetsReceived: 4 } });
      expect(await admin.links.stat({ id })).toMatchObject({
        entityId: id,
        entityType: 2,
        payload: { packetsTransmitted: 4, packetsReceived: 4 },
        timestamp: expect.any(Number),
      });
    },
    async error({ admin }) {
      await expectStatus(admin.links.stat({ id: UNKNOWN_ID }), 404);
    },
  },

  'links.setStat': {
    async happy({ admin }) {
      const { id } = await newLinkFixture(admin);
      await admin.links.setStat({ id, body: { rtt: 12 } });
      await admin.links.setStat({ id, body: { rtt: 14 } });
      expect(await admin.links.stat({ id })).toMatchObject({ payload: { rtt: 14 }, lastPayload: { rtt: 12 } });
    },
    async error({ admin }) {
      await expectStatus(admin.links.setStat({ id: UNKNOWN_ID, body: { rtt: 1 } }), 404);
    },
  },

  'links.statMeta': {
    async happy({ admin }) {
      const { id } = await newLinkFixture(admin);
      expect(await admin.links.statMeta({ id })).toEqual({ entityId: id, entityType: 2 });
      await admin.links.setStatMeta({ id, body: { rtt: { changeRate: 'ALWAYS' } } });
      expect(await admin.links.statMeta({ id })).toMatchObject({ rtt: { changeRate: 'ALWAYS' } });
    },
    async error({ admin }) {
      await expectStatus(admin.links.statMeta({ id: UNKNOWN_ID }), 404);
    },
  },

  'links.setStatMeta': {
    async happy({ admin, emulator }) {
      const { id } = await newLinkFixture(admin);
      await admin.links.setStatMeta({ id, body: { rtt: { type: 'number' } } });
      expect(emulator.store.state.statMeta[`links:${id}`]).toEqual({ rtt: { type: 'number' } });
    },
    async error({ admin, viewer }) {
      const { id } = await newLinkFixture(admin);
      await expectStatus(viewer.links.setStatMeta({ id, body: {} }), 403);
    },
  },

  'links.metricNames': {
    async happy({ admin }) {
      const { id } = await newLinkFixture(admin);
      await admin.links.setStat({ id, body: { rtt: { avg: 3, max: 9 }, up: true } });
      expect(await admin.links.metricNames({ id })).toEqual(['rtt.avg', 'rtt.max']);
    },
    async error({ admin }) {
      await expectStatus(admin.links.metricNames({ id: UNKNOWN_ID }), 404);
    },
  },

  'links.history': {
    async happy({ admin }) {
      const { id } = await newLinkFixture(admin);
      for (const rtt of [10, 20]) await admin.links.setStat({ id, body: { rtt } });
      const series = await admin.links.history({
        id,
        query: { metrics: 'rtt,loss', from: '1h-ago', to: Date.now() + 1000 },
      });
      // a metric without data is left out, as real servers do
      expect(series.map((s) => s.metric)).toEqual(['rtt']);
      expect(series[0]).toMatchObject({ tags: { entity: `link${id}` } });
      expect(series[0]?.dps?.map((p) => p[1])).toEqual([10, 20]);
      expect(await admin.links.history({ id, query: { metrics: 'loss', from: '1h-ago' } })).toEqual([]);
      const avg = await admin.links.history({ id, query: { metrics: 'rtt', from: '1h-ago', downsample: '5m-avg' } });
      expect(avg[0]?.dps?.map((p) => p[1])).toEqual([15]);
    },
    async error({ admin }) {
      const { id } = await newLinkFixture(admin);
      await expectInvalid(admin.links.history({ id, query: { from: '1h-ago' } as never }));
      await expectStatus(
        admin.links.history({ id, query: { metrics: 'rtt', from: '1h-ago', downsample: 'fast' } }),
        400,
      );
    },
  },

  'links.lastMetrics': {
    async happy({ admin }) {
      const { id } = await newLinkFixture(admin);
      for (const rtt of [1, 2, 3]) await admin.links.setStat({ id, body: { rtt } });
      const last = await admin.links.lastMetrics({ id, query: { 'metrics[]': ['rtt'], length: 2 } });
      expect(Array.isArray(last) && last[0]?.dps?.map((p) => p[1])).toEqual([2, 3]);
      expect(await admin.links.lastMetrics({ id, query: { metrics: 'loss' } })).toEqual([]);
    },
    async error({ admin }) {
      await expectStatus(admin.links.lastMetrics({ id: UNKNOWN_ID, query: { metrics: 'rtt' } }), 404);
    },
  },

  'links.setState': {
    async happy({ admin }) {
      const { id } = await newLinkFixture(admin);
      expect((await admin.links.setState({ id, body: { state_id: '4' } })).state_id).toBe('4');
      expect((await admin.links.stateHistory({ id })).at(-1)).toMatchObject({
        entityId: id,
        entityType: 2,
        stateId: '4',
      });
    },
    async error({ admin, viewer }) {
      const { id } = await newLinkFixture(admin);
      await expectStatus(viewer.links.setState({ id, body: { state_id: 4 } }), 403);
      await expectStatus(admin.links.setState({ id, body: { state_id: 12345 } }), 400);
    },
  },

  'links.setManualState': {
    async happy({ admin }) {
      const { id } = await newLinkFixture(admin);
      const pinned = await admin.links.setManualState({
        id,
        body: { stateId: 5, reason: 'planned works', clearedByState: [3] },
      });
      expect(pinned).toMatchObject({ state_id: '5', manual_state: { stateId: '5', reason: 'planned works' } });
      // a state that clears the pin lifts it
      const cleared = await admin.links.setState({ id, body: { state_id: 3 } });
      expect(cleared).toMatchObject({ state_id: '3', manual_state: null });
      // a future pin waits for its start
      const later = await admin.links.setManualState({ id, body: { stateId: 6, since: Date.now() + 60_000 } });
      expect(later.state_id).toBe('3');
      expect((await admin.links.setManualState({ id, body: { clear: 'true' } })).manual_state).toBeNull();
    },
    async error({ admin, viewer }) {
      const { id } = await newLinkFixture(admin);
      await expectStatus(viewer.links.setManualState({ id, body: { stateId: 5 } }), 403);
      await expectStatus(admin.links.setManualState({ id, body: { stateId: 5, since: 2000, until: 1000 } }), 400);
    },
  },

  'links.stateHistory': {
    async happy({ admin }) {
      const { id } = await newLinkFixture(admin);
      for (const state_id of [3, 5, 3]) await admin.links.setState({ id, body: { state_id } });
      expect((await admin.links.stateHistory({ id })).map((e) => e.stateId)).toEqual(['3', '5', '3']);
      expect((await admin.links.stateHistory({ id, query: { limit: 2, skip: 1 } })).map((e) => e.stateId)).toEqual([
        '5',
        '3',
      ]);
    },
    async error({ admin }) {
      await expectStatus(admin.links.stateHistory({ id: UNKNOWN_ID }), 404);
    },
  },

  'links.stateConditions': {
    async happy({ admin }) {
      const { id } = await newLinkFixture(admin);
      await admin.links.setStateConditions({ id, body: conditions });
      expect(await admin.links.stateConditions({ id })).toEqual(readBack);
    },
    async error({ admin, viewer }) {
      const { id } = await newLinkFixture(admin);
      await expectStatus(viewer.links.stateConditions({ id }), 403);
    },
  },

  'links.stateConditionsExist': {
    async happy({ admin }) {
      const { id } = await newLinkFixture(admin);
      expect(await admin.links.stateConditionsExist({ id })).toBe(false);
      await admin.links.setStateConditions({ id, body: conditions });
      expect(await admin.links.stateConditionsExist({ id })).toBe(true);
    },
    async error({ admin }) {
      await expectStatus(admin.links.stateConditionsExist({ id: UNKNOWN_ID }), 404);
    },
  },

  'links.setStateConditions': {
    async happy({ admin, emulator }) {
      const { id } = await newLinkFixture(admin);
      await admin.links.setStateConditions({ id, body: conditions });
      expect(emulator.store.state.stateConditions[`links:${id}`]).toEqual(conditions);
    },
    async error({ admin, viewer }) {
      const { id } = await newLinkFixture(admin);
      await expectStatus(viewer.links.setStateConditions({ id, body: conditions }), 403);
    },
  },

  'links.deleteStateConditions': {
    async happy({ admin }) {
      const { id } = await newLinkFixture(admin);
      await admin.links.setStateConditions({ id, body: conditions });
      await admin.links.deleteStateConditions({ id });
      expect(await admin.links.stateConditionsExist({ id })).toBe(false);
    },
    async error({ admin, viewer }) {
      const { id } = await newLinkFixture(admin);
      await expectStatus(viewer.links.deleteStateConditions({ id }), 403);
      await expectStatus(admin.links.deleteStateConditions({ id: UNKNOWN_ID }), 404);
    },
  },

  'links.incidentConditions': {
    async happy({ admin }) {
      const { id } = await newLinkFixture(admin);
      expect(await admin.links.incidentConditions({ id })).toEqual([]);
      await admin.links.setIncidentConditions({ id, body: [{ condition: { x: 42 }, state: 5 }] });
      expect(await admin.links.incidentConditions({ id })).toEqual([
        { id: expect.any(String), condition: { x: 42 }, state: '5' },
      ]);
    },
    async error({ admin, viewer }) {
      const { id } = await newLinkFixture(admin);
      await expectStatus(viewer.links.incidentConditions({ id }), 403);
    },
  },

  'links.setIncidentConditions': {
    async happy({ admin }) {
      const { id } = await newLinkFixture(admin);
      const stored = await admin.links.setIncidentConditions({ id, body: [{ condition: { x: 42 }, state: 5 }] });
      expect(stored).toEqual([{ id: expect.any(String), condition: { x: 42 }, state: '5' }]);
    },
    async error({ admin, viewer }) {
      const { id } = await newLinkFixture(admin);
      await expectStatus(viewer.links.setIncidentConditions({ id, body: [] }), 403);
      await expectInvalid(admin.links.setIncidentConditions({ id, body: { state: 1 } as never }));
    },
  },

  'links.stateTriggers': {
    async happy({ admin }) {
      const { id } = await newLinkFixture(admin);
      await admin.links.setStateTriggers({ id, body: triggers });
      expect(await admin.links.stateTriggers({ id })).toEqual(triggersReadBack);
      await admin.links.setStateTriggers({ id, body: [] });
      expect(await admin.links.stateTriggers({ id })).toBeUndefined();
    },
    async error({ admin }) {
      const { id } = await newLinkFixture(admin);
      await expectStatus(admin.links.stateTriggers({ id }), 404);
    },
  },

  'links.setStateTriggers': {
    async happy({ admin, emulator }) {
      const { id } = await newLinkFixture(admin);
      expect(await admin.links.setStateTriggers({ id, body: triggers })).toEqual(triggers);
      expect(emulator.store.state.stateTriggers[`links:${id}`]).toEqual(triggers);
    },
    async error({ admin, viewer }) {
      const { id } = await newLinkFixture(admin);
      await expectStatus(viewer.links.setStateTriggers({ id, body: triggers }), 403);
    },
  },
});
