import { expect } from 'vitest';
import { expectInvalid, expectStatus, newLinkFixture, newObject, UNKNOWN_ID } from './entity-helpers.ts';
import { scenarios } from './types.ts';

export const entityScenarios = scenarios({
  'entities.get': {
    async happy({ admin }) {
      const { id, source } = await newLinkFixture(admin);
      expect(await admin.entities.get({ id: String(source.id), query: { fields: ['name'] } })).toEqual({
        id: source.id,
        name: source.name,
      });
      expect(await admin.entities.get({ id })).toMatchObject({ id, entityType: 2, source: source.id });
    },
    async error({ admin }) {
      await expectStatus(admin.entities.get({ id: UNKNOWN_ID }), 404);
    },
  },

  'entities.setManualState': {
    async happy({ admin }) {
      const a = await newObject(admin);
      const pinned = await admin.entities.setManualState({
        id: String(a.id),
        body: { stateId: 7, reason: 'agent retired', unmanaged: true, clearedByStateId: [3] },
      });
      expect(pinned).toMatchObject({
        state_id: '7',
        manual_state: { stateId: '7', unmanaged: true, clearedByStateID: ['3'] },
      });
      // while unmanaged, pushed data is ignored
      await admin.entities.setStat({ id: String(a.id), body: { cpu: 1 } });
      expect((await admin.objects.stat({ id: String(a.id) })).payload).toBeUndefined();
      const cleared = await admin.entities.setManualState({ id: String(a.id), body: { clear: true } });
      expect(cleared).toMatchObject({ state_id: '1', manual_state: null });
    },
    async error({ admin, viewer }) {
      const { id } = await newLinkFixture(admin);
      await expectStatus(admin.entities.setManualState({ id, body: {} }), 400);
      await expectStatus(viewer.entities.setManualState({ id, body: { stateId: 5 } }), 403);
      await expectStatus(admin.entities.setManualState({ id: UNKNOWN_ID, body: { stateId: 5 } }), 404);
    },
  },

  'entities.setStat': {
    async happy({ admin }) {
      const { id } = await newLinkFixture(admin);
      await admin.entities.setStat({ id, body: { averageCpuLoad: { oneMinuteAverageLoad: 1.22 } } });
      expect((await admin.links.stat({ id })).payload).toEqual({ averageCpuLoad: { oneMinuteAverageLoad: 1.22 } });
      expect(await admin.links.metricNames({ id })).toEqual(['averageCpuLoad.oneMinuteAverageLoad']);
    },
    async error({ admin, viewer }) {
      const a = await newObject(admin);
      await expectStatus(viewer.entities.setStat({ id: String(a.id), body: { x: 1 } }), 403);
      await expectInvalid(admin.entities.setStat({ id: String(a.id), body: 'x' as never }));
    },
  },

  'entities.setState': {
    async happy({ admin }) {
      const { id } = await newLinkFixture(admin);
      expect((await admin.entities.setState({ id, body: { state_id: 5 } })).state_id).toBe('5');
      const a = await newObject(admin);
      expect((await admin.entities.setState({ id: String(a.id), body: { state_id: 4 } })).state_id).toBe('4');
      expect((await admin.objects.stateHistory({ id: String(a.id) })).map((e) => e.stateId)).toEqual(['4']);
    },
    async error({ admin, viewer }) {
      const a = await newObject(admin);
      await expectStatus(viewer.entities.setState({ id: String(a.id), body: { state_id: 5 } }), 403);
      await expectInvalid(admin.entities.setState({ id: String(a.id), body: {} as never }));
    },
  },
});
