import { SaymonApiError, SaymonValidationError } from '@saymon-sdk/node';
import { expect } from 'vitest';
import { createObject } from '../../src/domain/tree.ts';
import { type ScenarioContext, scenarios } from './types.ts';

const MISSING = 'ffffffffffffffffffffffff';

/** A fresh object (under the root) for incidents of this scenario only. */
function object(emulator: ScenarioContext['emulator'], name: string, fields: Record<string, unknown> = {}) {
  return String(createObject(emulator.store, { name, ...fields }).id);
}

async function raise({ admin, emulator }: ScenarioContext, text = 'Disk full', fields: Record<string, unknown> = {}) {
  const entityId = object(emulator, `incident host ${text}`);
  const incident = await admin.incidents.create({ body: { entityId, entityType: 1, state: 1, text, ...fields } });
  return { id: String(incident.id), entityId };
}

/** Lets a cleared incident's incident_timeout pass. */
function expire(emulator: ScenarioContext['emulator'], id: string) {
  const incident = emulator.store.state.incidents[id];
  if (incident) incident.clearTimestamp = Number(incident.clearTimestamp) - 3_600_000;
}

const notFound = { status: 404 };

export const incidentScenarios = scenarios({
  'incidentLevels.list': {
    async happy({ admin }) {
      const level = await admin.incidentLevels.create({ body: { name: 'Listed level' } });
      const levels = await admin.incidentLevels.list();
      expect(levels.map((l) => l.id)).toContain(level.id);
    },
    async error({ anonymous }) {
      await expect(anonymous.incidentLevels.list()).rejects.toMatchObject({ status: 401 });
    },
  },
  'incidentLevels.create': {
    async happy({ admin }) {
      const level = await admin.incidentLevels.create({
        body: { name: 'Minor', ui: { colors: { main: '#323232' } }, description: 'small' },
      });
      expect(level).toMatchObject({ name: 'Minor', ui: { colors: { main: '#323232' } }, description: 'small' });
      expect(typeof level.id).toBe('string');
    },
    async error({ viewer }) {
      await expect(viewer.incidentLevels.create({ body: { name: 'Nope' } })).rejects.toMatchObject({ status: 403 });
    },
  },
  'incidentLevels.update': {
    async happy({ admin }) {
      const level = await admin.incidentLevels.create({
        body: { name: 'Before', ui: { colors: { main: '#111111' } } },
      });
      const updated = await admin.incidentLevels.update({
        id: String(level.id),
        query: { recalcPriority: 1 },
        body: { name: 'After' },
      });
      expect(updated).toMatchObject({ id: level.id, name: 'After', ui: { colors: { main: '#111111' } } });
      const levels = await admin.incidentLevels.list();
      const priorities = levels.map((l) => Number((l as { priority?: number }).priority)).sort((a, b) => a - b);
      expect(priorities).toEqual(priorities.map((_, i) => i));
    },
    async error({ admin }) {
      await expect(admin.incidentLevels.update({ id: MISSING, body: { name: 'x' } })).rejects.toMatchObject(notFound);
    },
  },
  'incidentLevels.delete': {
    async happy({ admin }) {
      const level = await admin.incidentLevels.create({ body: { name: 'Short-lived' } });
      await admin.incidentLevels.delete({ id: String(level.id) });
      expect((await admin.incidentLevels.list()).map((l) => l.id)).not.toContain(level.id);
    },
    async error({ admin, viewer }) {
      await expect(admin.incidentLevels.delete({ id: MISSING })).rejects.toMatchObject(notFound);
      const level = await admin.incidentLevels.create({ body: { name: 'Protected' } });
      await expect(viewer.incidentLevels.delete({ id: String(level.id) })).rejects.toMatchObject({ status: 403 });
    },
  },

  'incidents.create': {
    async happy(context) {
      const { id, entityId } = await raise(context, 'CPU hot');
      const stored = await context.admin.incidents.get({ id });
      expect(stored).toMatchObject({ id, entityId, entityType: 1, state: '1', text: 'CPU hot', count: 1 });
      expect(typeof stored.timestamp).toBe('number');
      // raising the same alarm again counts a repeat
      await context.admin.incidents.create({ body: { entityId, entityType: 1, text: 'CPU hot' } });
      expect((await context.admin.incidents.get({ id })).count).toBe(2);
      // counts sent as numeric text are answered as numbers, and null fields are left out (the response allows neither)
      const counted = await context.admin.incidents.create({
        body: {
          entityId,
          entityType: 1,
          text: 'counted',
          count: '3',
          commentsCount: '1',
          reason: { code: null, data: {} },
        },
      });
      expect(counted).toMatchObject({ text: 'counted', count: 3, commentsCount: 1, reason: { data: {} } });
      expect(counted.reason).not.toHaveProperty('code');
    },
    async error({ admin }) {
      await expect(admin.incidents.create({ body: { entityId: MISSING, text: 'x' } })).rejects.toMatchObject(notFound);
      await expect(admin.incidents.create({ body: { text: 'no entity' } })).rejects.toMatchObject({ status: 400 });
    },
  },
  'incidents.get': {
    async happy(context) {
      const { id } = await raise(context, 'Get me');
      expect(await context.admin.incidents.get({ id })).toMatchObject({ id, text: 'Get me' });
    },
    async error({ admin }) {
      await expect(admin.incidents.get({ id: MISSING })).rejects.toBeInstanceOf(SaymonApiError);
      await expect(admin.incidents.get({ id: MISSING })).rejects.toMatchObject(notFound);
    },
  },
  'incidents.list': {
    async happy(context) {
      const { admin, emulator } = context;
      const parent = object(emulator, 'incident site', { class_id: 4242 });
      const child = String(createObject(emulator.store, { name: 'incident rack', parent_id: parent }).id);
      const a = await admin.incidents.create({ body: { entityId: child, state: 2, text: 'list alpha' } });
      const b = await admin.incidents.create({ body: { entityId: parent, state: 1, text: 'list beta' } });
      const under = await admin.incidents.list({ query: { parentFilter: parent, sortField: 'text', owner: true } });
      expect(under.map((i) => i.id)).toEqual([a.id, b.id]);
      expect(under[0]?.owner).toMatchObject({ id: child, name: 'incident rack' });
      const filtered = await admin.incidents.list({
        query: {
          filter: [
            [
              '$or',
              [
                ['severity', [2]],
                ['text', { value: 'beta', op: '_ct' }],
              ],
            ],
            ['classId', '4242'],
          ],
        },
      });
      expect(filtered.map((i) => i.id)).toEqual([b.id]);
      const paged = await admin.incidents.list({
        query: { parentFilter: parent, sortField: 'text', sortDirection: 'desc', limit: 1, skip: 1 },
      });
      expect(paged.map((i) => i.id)).toEqual([a.id]);
    },
    async error({ admin }) {
      await expect(admin.incidents.list({ query: { filter: '[["nonsense", 1]]' } })).rejects.toMatchObject({
        status: 400,
      });
      await expect(admin.incidents.list({ extraQuery: { limit: 'many' } })).rejects.toMatchObject({ status: 400 });
    },
  },
  'incidents.history': {
    async happy(context) {
      const { id } = await raise(context, 'Historic');
      const gone = await raise(context, 'Removed one');
      await context.admin.incidents.clear({ id });
      await context.admin.incidents.clearRemove({ id: gone.id });
      expire(context.emulator, id);
      expire(context.emulator, gone.id);
      const history = await context.admin.incidents.history({ query: { inverse: true, owner: true, limit: 50 } });
      const entry = history.find((i) => i.id === id);
      expect(entry).toMatchObject({ id, state: '3', lastState: '1' });
      expect(entry?.owner?.id).toBeDefined();
      expect(history.map((i) => i.id)).not.toContain(gone.id);
      expect((await context.admin.incidents.list({ query: { limit: 1000 } })).map((i) => i.id)).not.toContain(id);
      await expect(context.admin.incidents.get({ id })).rejects.toMatchObject(notFound);
    },
    async error({ admin }) {
      await expect(admin.incidents.history({ query: { sortDirection: 'sideways' } })).rejects.toMatchObject({
        status: 400,
      });
    },
  },
  'incidents.acknowledge': {
    async happy(context) {
      const { id } = await raise(context, 'Ack me');
      await context.admin.incidents.acknowledge({ id });
      const incident = await context.admin.incidents.get({ id });
      expect(incident.acknowledgedBy).toBe('5716383a15ebe5891125d6ca');
      expect(typeof incident.acknowledgementTimestamp).toBe('number');
      const events = context.emulator.store.state.eventLog.filter(
        (e) => (e.payload as { incidentId?: string }).incidentId === id,
      );
      expect(events.length).toBeGreaterThanOrEqual(2);
    },
    async error({ admin }) {
      await expect(admin.incidents.acknowledge({ id: MISSING })).rejects.toMatchObject(notFound);
    },
  },
  'incidents.unacknowledge': {
    async happy(context) {
      const { id } = await raise(context, 'Unack me');
      await context.admin.incidents.acknowledge({ id });
      await context.admin.incidents.unacknowledge({ id });
      expect(await context.admin.incidents.get({ id })).toMatchObject({
        acknowledgedBy: null,
        acknowledgementTimestamp: null,
      });
    },
    async error({ admin }) {
      await expect(admin.incidents.unacknowledge({ id: MISSING })).rejects.toMatchObject(notFound);
    },
  },
  'incidents.comment': {
    async happy(context) {
      const { id } = await raise(context, 'Comment me');
      await context.admin.incidents.comment({ id, body: 'Ticket INC-1 opened' });
      expect(await context.admin.incidents.get({ id })).toMatchObject({
        comment: 'Ticket INC-1 opened',
        commentedBy: '5716383a15ebe5891125d6ca',
        commentsCount: 1,
      });
    },
    async error(context) {
      await expect(context.admin.incidents.comment({ id: MISSING, body: 'x' })).rejects.toMatchObject(notFound);
      const { id } = await raise(context, 'Empty comment');
      await expect(context.admin.incidents.comment({ id, body: '  ' })).rejects.toMatchObject({ status: 400 });
    },
  },
  'incidents.clear': {
    async happy(context) {
      const { id } = await raise(context, 'Clear me', { state: 2 });
      await context.admin.incidents.clear({ id });
      const incident = await context.admin.incidents.get({ id });
      expect(incident).toMatchObject({ state: '3', lastState: '2' });
      expect(typeof incident.clearTimestamp).toBe('number');
      expect(incident.removed).toBeUndefined();
    },
    async error({ admin }) {
      await expect(admin.incidents.clear({ id: MISSING })).rejects.toMatchObject(notFound);
    },
  },
  'incidents.clearRemove': {
    async happy(context) {
      const { id } = await raise(context, 'Clear-remove me');
      await context.admin.incidents.clearRemove({ id });
      const incident = await context.admin.incidents.get({ id });
      expect(incident).toMatchObject({ state: '3', lastState: '1', removed: { userId: '5716383a15ebe5891125d6ca' } });
      expect(typeof incident.removed?.timestamp).toBe('number');
    },
    async error({ admin }) {
      await expect(admin.incidents.clearRemove({ id: MISSING })).rejects.toMatchObject(notFound);
    },
  },
  'incidents.clearAll': {
    async happy(context) {
      const keep = await raise(context, 'Bulk keep');
      const hit = await raise(context, 'Bulk hit');
      await context.admin.incidents.clearAll({ body: { search: { filter: [['entity', `objects-${hit.entityId}`]] } } });
      expect((await context.admin.incidents.get({ id: hit.id })).state).toBe('3');
      expect((await context.admin.incidents.get({ id: keep.id })).state).toBe('1');
    },
    async error({ admin }) {
      await expect(
        admin.incidents.clearAll({ body: { search: { filter: [['entity', 'nowhere']] } } }),
      ).rejects.toMatchObject({ status: 400 });
    },
  },
  'incidents.clearRemoveAll': {
    async happy(context) {
      const hit = await raise(context, 'Bulk remove hit');
      await context.admin.incidents.clearRemoveAll({
        body: { search: { filter: [['text', { value: 'Bulk remove hit', op: '_eq' }]] } },
      });
      const incident = await context.admin.incidents.get({ id: hit.id });
      expect(incident).toMatchObject({ state: '3', removed: { userId: '5716383a15ebe5891125d6ca' } });
    },
    async error({ admin }) {
      await expect(admin.incidents.clearRemoveAll({ body: 'all' as never })).rejects.toBeInstanceOf(
        SaymonValidationError,
      );
    },
  },
  'incidents.undoClear': {
    async happy(context) {
      const { id } = await raise(context, 'Undo clear', { state: 4 });
      await context.admin.incidents.clearRemove({ id });
      await context.admin.incidents.undoClear({ id });
      const incident = await context.admin.incidents.get({ id });
      expect(incident).toMatchObject({ state: '4', clearTimestamp: null });
      // Undo Clear leaves the removal mark alone
      expect(incident.removed).toBeTruthy();
    },
    async error(context) {
      const { id } = await raise(context, 'Never cleared');
      await expect(context.admin.incidents.undoClear({ id })).rejects.toMatchObject({ status: 400 });
      await expect(context.admin.incidents.undoClear({ id: MISSING })).rejects.toMatchObject(notFound);
    },
  },
  'incidents.undoRemove': {
    async happy(context) {
      const { id } = await raise(context, 'Undo remove');
      await context.admin.incidents.clearRemove({ id });
      await context.admin.incidents.undoRemove({ id });
      const incident = await context.admin.incidents.get({ id });
      expect(incident.removed).toBeUndefined();
      expect(incident.state).toBe('3');
      expire(context.emulator, id);
      const history = await context.admin.incidents.history({ query: { inverse: true, limit: 1000 } });
      expect(history.map((i) => i.id)).toContain(id);
    },
    async error(context) {
      const { id } = await raise(context, 'Not removed');
      await expect(context.admin.incidents.undoRemove({ id })).rejects.toMatchObject({ status: 400 });
    },
  },
});
