import { SaymonApiError } from '@saymon-sdk/node';
import { expect } from 'vitest';
import { pushStateHistory } from '../../src/domain/entity-state.ts';
import { createObject } from '../../src/domain/tree.ts';
import { type ScenarioContext, scenarios } from './types.ts';

const MISSING = 'ffffffffffffffffffffffff';
type Emulator = ScenarioContext['emulator'];

/** An object with a few recorded state changes (oldest first), at fixed times in the past. */
function withHistory(
  emulator: Emulator,
  name: string,
  states: number[],
  fields: Record<string, unknown> = {},
  start = emulator.store.now() - 3_600_000,
) {
  const store = emulator.store;
  const object = createObject(store, { name, ...fields });
  const entries = states.map((stateId, i) => {
    const entry = pushStateHistory(store, 'objects', object, stateId);
    entry.timestamp = start + i * 60_000;
    return entry;
  });
  return { id: String(object.id), entries, start };
}

/** An SNMP trap (type 1) or MQTT message (type 2) in the event log. */
function receive(emulator: Emulator, type: 1 | 2, payload: Record<string, unknown>, entityId?: string) {
  emulator.store.event(type, entityId ? { entityId, entityName: 'sender', entityType: 1 } : undefined, payload, '1');
  return emulator.store.state.eventLog[emulator.store.state.eventLog.length - 1] as { id: string; timestamp: number };
}

export const monitoringScenarios = scenarios({
  'states.list': {
    async happy({ admin }) {
      const state = await admin.states.create({ body: { name: 'Listed state' } });
      expect((await admin.states.list()).map((s) => s.id)).toContain(state.id);
    },
    async error({ anonymous }) {
      await expect(anonymous.states.list()).rejects.toMatchObject({ status: 401 });
    },
  },
  'states.create': {
    async happy({ admin }) {
      const state = await admin.states.create({
        body: { name: 'Maintenance', ui: { colors: { shadow: '#ffffff', svgBackground: ['#2e89e1'] } } },
      });
      // documented defaults: main colour rgb(40 173 250), priority 0
      expect(state).toMatchObject({
        name: 'Maintenance',
        priority: 0,
        ui: { colors: { main: 'rgb(40 173 250)', shadow: '#ffffff', svgBackground: ['#2e89e1'] } },
      });
    },
    async error({ viewer }) {
      await expect(viewer.states.create({ body: { name: 'x' } })).rejects.toMatchObject({ status: 403 });
    },
  },
  'states.update': {
    async happy({ admin }) {
      const state = await admin.states.create({ body: { name: 'Draft', priority: 5 } });
      const updated = await admin.states.update({ id: String(state.id), body: { name: 'Final' } });
      expect(updated).toMatchObject({ id: state.id, name: 'Final', priority: 5 });
      expect((await admin.states.list()).find((s) => s.id === state.id)?.name).toBe('Final');
    },
    async error({ admin }) {
      await expect(admin.states.update({ id: MISSING, body: { name: 'x' } })).rejects.toMatchObject({ status: 404 });
    },
  },
  'states.delete': {
    async happy({ admin }) {
      const state = await admin.states.create({ body: { name: 'Temporary' } });
      await admin.states.delete({ id: String(state.id) });
      expect((await admin.states.list()).map((s) => s.id)).not.toContain(state.id);
    },
    async error({ admin, viewer }) {
      await expect(admin.states.delete({ id: MISSING })).rejects.toBeInstanceOf(SaymonApiError);
      const state = await admin.states.create({ body: { name: 'Guarded' } });
      await expect(viewer.states.delete({ id: String(state.id) })).rejects.toMatchObject({ status: 403 });
    },
  },

  'stateHistory.list': {
    async happy({ admin, emulator }) {
      // a window of its own, ten days back, so other records cannot fall into it
      const at = emulator.store.now() - 10 * 86_400_000 + Math.floor(Math.random() * 1_000_000);
      const { id, entries, start } = withHistory(emulator, 'history list host', [1, 3, 5], {}, at);
      const list = await admin.stateHistory.list({ query: { from: start, to: start + 150_000, limit: 2 } });
      const page = Array.isArray(list) ? list : [list];
      expect(page.map((e) => e.id)).toEqual([entries[2]?.id, entries[1]?.id]);
      expect(page[0]).toMatchObject({
        entityId: id,
        entityType: 1,
        stateId: '5',
        entityName: 'history list host',
        skip: 0,
      });
    },
    async error({ admin }) {
      await expect(admin.stateHistory.list({ query: { from: 'yesterday' } })).rejects.toMatchObject({ status: 400 });
    },
  },
  'stateHistory.log': {
    async happy({ admin, emulator }) {
      const { id, entries } = withHistory(emulator, 'Log Host Unique', [3, 3, 5, 5, 3], { tags: ['logtag'] });
      const log = await admin.stateHistory.log({ query: { entityName: 'host unique', inverse: true } });
      expect(log.map((e) => e.id)).toEqual(entries.map((e) => e.id));
      const reduced = await admin.stateHistory.log({ query: { entityId: id, downsample: true, inverse: true } });
      expect(reduced.map((e) => e.stateId)).toEqual(['3', '5', '3']);
      const alarms = await admin.stateHistory.log({ query: { entityId: [id], stateId: ['5'] } });
      expect(alarms.map((e) => e.id)).toEqual([entries[3]?.id, entries[2]?.id]);
      const tagged = await admin.stateHistory.log({ query: { tagId: 'logtag', from: '1d-ago', to: 'now' } });
      expect(tagged).toHaveLength(5);
    },
    async error({ admin }) {
      // class and tag filters need a bounded time window
      await expect(admin.stateHistory.log({ query: { classId: '1' } })).rejects.toMatchObject({ status: 400 });
    },
  },

  'eventLog.list': {
    async happy({ admin, emulator }) {
      const topic = `sensors/${emulator.store.newId()}`;
      const first = receive(emulator, 2, { topic, message: '21.5' });
      const second = receive(emulator, 2, { topic, message: '22.0' });
      receive(emulator, 1, { trapOid: '.1.3.6.1.6.3.1.1.5.3', text: 'linkDown' });
      const list = await admin.eventLog.list({
        query: { type: 2, filter: { 'payload.topic': topic }, sortField: 'payload.message', sortDirection: 'desc' },
      });
      expect(list.map((e) => e.payload?.message)).toEqual(['22.0', '21.5']);
      expect(list[0]).toMatchObject({ type: 2, payload: { topic } });
      const paged = await admin.eventLog.list({
        query: { filter: JSON.stringify({ 'payload.topic': topic }), from: first.timestamp, limit: 1, skip: 1 },
      });
      expect(paged).toHaveLength(1);
      expect(paged[0]).toMatchObject({ skip: 1, payload: { message: '22.0' } });
      expect(paged[0]?.timestamp).toBe(second.timestamp);
    },
    async error({ admin }) {
      await expect(admin.eventLog.list({ query: { filter: '{not json' } })).rejects.toMatchObject({ status: 400 });
    },
  },

  'historyAnnotations.list': {
    async happy({ admin }) {
      const at = 1_577_836_800_000 + Math.floor(Math.random() * 1_000_000);
      const note = await admin.historyAnnotations.create({ body: { timestamp: at, content: 'Deploy' } });
      const inside = await admin.historyAnnotations.list({ query: { from: at - 1, to: at + 1 } });
      expect(inside.map((a) => a.id)).toContain(note.id);
      const outside = await admin.historyAnnotations.list({ query: { from: at + 1, to: at + 10 } });
      expect(outside.map((a) => a.id)).not.toContain(note.id);
    },
    async error({ admin }) {
      await expect(admin.historyAnnotations.list({ query: { from: 'soon', to: 'later' } })).rejects.toMatchObject({
        status: 400,
      });
    },
  },
  'historyAnnotations.create': {
    async happy({ admin }) {
      const note = await admin.historyAnnotations.create({ body: { timestamp: 1582799547000, content: 'High load' } });
      expect(note).toMatchObject({ timestamp: 1582799547000, content: 'High load', user: '5716383a15ebe5891125d6ca' });
      expect(typeof note.changed).toBe('number');
    },
    async error({ viewer }) {
      await expect(
        viewer.historyAnnotations.create({ body: { timestamp: 1, content: 'no permission' } }),
      ).rejects.toMatchObject({ status: 403 });
    },
  },
  'historyAnnotations.update': {
    async happy({ admin }) {
      const note = await admin.historyAnnotations.create({ body: { timestamp: 1582799547001, content: 'High load' } });
      const updated = await admin.historyAnnotations.update({ id: String(note.id), body: { content: 'High Load' } });
      expect(updated).toMatchObject({ id: note.id, content: 'High Load', timestamp: 1582799547001 });
    },
    async error({ admin }) {
      await expect(admin.historyAnnotations.update({ id: MISSING, body: { content: 'x' } })).rejects.toMatchObject({
        status: 404,
      });
    },
  },
  'historyAnnotations.delete': {
    async happy({ admin }) {
      const at = 1582799547002;
      const note = await admin.historyAnnotations.create({ body: { timestamp: at, content: 'Oops' } });
      await admin.historyAnnotations.delete({ id: String(note.id) });
      const list = await admin.historyAnnotations.list({ query: { from: at, to: at } });
      expect(list.map((a) => a.id)).not.toContain(note.id);
    },
    async error({ admin }) {
      await expect(admin.historyAnnotations.delete({ id: MISSING })).rejects.toMatchObject({ status: 404 });
    },
  },

  'limits.blockedRequests': {
    async happy({ admin, emulator }) {
      const store = emulator.store;
      const now = store.now();
      const uri = `/node/api/limits-test/${store.newId()}`;
      store.state.blockedRequests.push(
        { id: store.newId(), ip: '10.0.0.7', login: 'mallory', uri, timestamp: now - 10_000, ttl: 60 },
        { id: store.newId(), ip: '10.0.0.8', login: '', uri, timestamp: now - 5_000, ttl: 60 },
      );
      const withLogin = await admin.limits.blockedRequests();
      const list = Array.isArray(withLogin) ? withLogin : [withLogin];
      expect(list.filter((r) => r.uri === uri)).toHaveLength(2);
      const named = await admin.limits.blockedRequests({ query: { login: true, from: now - 60_000 } });
      const records = (Array.isArray(named) ? named : [named]).filter((r) => r.uri === uri);
      expect(records).toHaveLength(1);
      expect(records[0]).toMatchObject({ ip: '10.0.0.7', login: 'mallory' });
      expect(records[0]?.ttl).toBeLessThanOrEqual(50);
    },
    async error({ viewer }) {
      await expect(viewer.limits.blockedRequests()).rejects.toMatchObject({ status: 403 });
    },
  },
});
