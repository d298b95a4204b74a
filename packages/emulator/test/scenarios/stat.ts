import { SaymonApiError, SaymonValidationError } from '@saymon-sdk/node';
import { expect } from 'vitest';
import { pushStat } from '../../src/domain/history.ts';
import { createLink, createObject } from '../../src/domain/tree.ts';
import { type ScenarioContext, scenarios } from './types.ts';

const MISSING = 'ffffffffffffffffffffffff';
type Emulator = ScenarioContext['emulator'];

/** A fresh object with stat pushed at `points` (minutes ago -> payload), oldest first. */
function sensor(emulator: Emulator, name: string, points: [number, Record<string, unknown>][] = []) {
  const store = emulator.store;
  const object = createObject(store, { name });
  const id = String(object.id);
  const now = store.now();
  for (const [minutesAgo, payload] of points)
    pushStat(store, store.key('objects', id), payload, now - minutesAgo * 60_000);
  return id;
}

function link(emulator: Emulator) {
  const store = emulator.store;
  const a = createObject(store, { name: 'stat link a' });
  const b = createObject(store, { name: 'stat link b' });
  return String(createLink(store, { source: a.id, target: b.id }).id);
}

export const statScenarios = scenarios({
  'stat.history': {
    async happy({ admin, emulator }) {
      const id = sensor(emulator, 'stat history sensor', [
        [30, { temperature: 20, operation: 0 }],
        [20, { temperature: 25, operation: 1 }],
        [10, { temperature: 30, operation: 0 }],
      ]);
      const records = await admin.stat.history({ body: { ids: [id, MISSING], limit: 2 } });
      expect(records.map((r) => r.payload?.temperature)).toEqual([30, 25]);
      expect(records[0]).toMatchObject({ entityId: id, entityType: 1 });
      const older = await admin.stat.history({ body: { ids: id, after: records[1]?.timestamp ?? 0 } });
      expect(older.map((r) => r.payload?.temperature)).toEqual([20]);
      const kept = await admin.stat.history({ body: { ids: [id], include: { 'payload.operation': 0 } } });
      expect(kept.map((r) => r.payload?.temperature)).toEqual([30, 20]);
      const dropped = await admin.stat.history({ body: { ids: [id], exclude: { 'payload.operation': 0 }, skip: 0 } });
      expect(dropped.map((r) => r.payload?.temperature)).toEqual([25]);
    },
    async error({ admin }) {
      await expect(admin.stat.history({ body: { ids: [MISSING], skip: 1, after: 1 } })).rejects.toMatchObject({
        status: 400,
      });
    },
  },
  'stat.search': {
    async happy({ admin, emulator }) {
      const id = sensor(emulator, 'stat search sensor', [[1, { load: 0.5 }]]);
      const quiet = sensor(emulator, 'stat search quiet');
      const records = await admin.stat.search({
        body: [
          { type: 'objects', id },
          { type: 'links', id },
          { type: 'objects', id: quiet },
          { type: 'objects', id: MISSING },
        ],
      });
      expect(records).toHaveLength(1);
      expect(records[0]).toMatchObject({ entityId: id, entityType: 1, payload: { load: 0.5 } });
    },
    async error({ admin }) {
      await expect(admin.stat.search({ body: [{ type: 'widgets' as never, id: '1' }] })).rejects.toBeInstanceOf(
        SaymonValidationError,
      );
    },
  },

  'statRules.listForObject': {
    async happy({ admin, emulator }) {
      const id = sensor(emulator, 'rules list object');
      expect(await admin.statRules.listForObject({ id })).toEqual([]);
      await admin.statRules.setForObject({ id: id, body: [{ actions: [{ type: 'extend' }] }] });
      expect(await admin.statRules.listForObject({ id })).toEqual([{ actions: [{ type: 'extend' }] }]);
    },
    async error({ viewer, emulator }) {
      const id = sensor(emulator, 'rules list forbidden');
      await expect(viewer.statRules.listForObject({ id })).rejects.toMatchObject({ status: 403 });
    },
  },
  'statRules.setForObject': {
    async happy({ admin, emulator }) {
      const id = sensor(emulator, 'rules set object', [[1, { temperature: 10, site: 'north' }]]);
      const rules = [
        {
          conditions: [{ _field: { name: 'temperature', value: { _gt: 50 } } }],
          actions: [{ type: 'set', field: 'overheated', value: 'yes' }],
        },
        {
          actions: [
            { type: 'extend' },
            { type: 'set', field: 'fahrenheit', value: '{{new.temperature}} * 9 / 5 + 32' },
          ],
        },
      ];
      expect(await admin.statRules.setForObject({ id: id, body: rules })).toEqual(rules);
      // the stored rules shape the data pushed afterwards
      await admin.objects.setStat({ id, body: { temperature: 100 } });
      const stat = await admin.objects.stat({ id });
      expect(stat.payload).toEqual({ temperature: 100, site: 'north', overheated: 'yes', fahrenheit: 212 });
    },
    async error({ admin }) {
      await expect(admin.statRules.setForObject({ id: MISSING, body: [] })).rejects.toMatchObject({
        status: 404,
      });
    },
  },
  'statRules.listForLink': {
    async happy({ admin, emulator }) {
      const id = link(emulator);
      expect(await admin.statRules.listForLink({ id: id })).toEqual([]);
    },
    async error({ admin }) {
      await expect(admin.statRules.listForLink({ id: MISSING })).rejects.toBeInstanceOf(SaymonApiError);
    },
  },
  'statRules.setForLink': {
    async happy({ admin, emulator }) {
      const id = link(emulator);
      const rules = [{ conditions: [{ _field: { name: 'x', value: { _eq: 1 } } }], actions: [{ type: 'drop' }] }];
      expect(await admin.statRules.setForLink({ id: id, body: rules })).toEqual(rules);
      expect(await admin.statRules.listForLink({ id: id })).toEqual(rules);
      // a push the rules drop leaves the link's stat as it was
      const before = await admin.links.stat({ id });
      await admin.links.setStat({ id, body: { x: 1 } });
      expect(await admin.links.stat({ id })).toEqual(before);
      await admin.links.setStat({ id, body: { x: 2 } });
      expect((await admin.links.stat({ id })).payload).toEqual({ x: 2 });
    },
    async error({ viewer, emulator }) {
      const id = link(emulator);
      await expect(viewer.statRules.setForLink({ id: id, body: [] })).rejects.toMatchObject({ status: 403 });
    },
  },

  'metricTokens.create': {
    async happy({ admin, emulator }) {
      const id = sensor(emulator, 'token create sensor');
      const token = await admin.metricTokens.create({
        body: { entityId: id, entityType: '1', metric: 'averageCpuLoad' },
      });
      expect(token).toMatchObject({ entityId: id, entityType: 1, metric: 'averageCpuLoad' });
      expect(String(token.id)).toMatch(/^[0-9a-f-]{36}$/);
    },
    async error({ admin }) {
      await expect(
        admin.metricTokens.create({ body: { entityId: MISSING, entityType: 1, metric: 'cpu' } }),
      ).rejects.toMatchObject({ status: 404 });
      await expect(admin.metricTokens.create({ body: { entityType: 1 } })).rejects.toMatchObject({ status: 400 });
    },
  },
  'metricTokens.delete': {
    async happy({ admin, anonymous, emulator }) {
      const id = sensor(emulator, 'token delete sensor');
      const token = await admin.metricTokens.create({ body: { entityId: id, entityType: 1, metric: 'cpu' } });
      await admin.metricTokens.delete({ id: String(token.id) });
      await expect(anonymous.metricTokens.stat({ id: String(token.id) })).rejects.toMatchObject({ status: 404 });
    },
    async error({ admin }) {
      await expect(admin.metricTokens.delete({ id: 'no-such-token' })).rejects.toMatchObject({ status: 404 });
    },
  },
  'metricTokens.history': {
    async happy({ admin, anonymous, emulator }) {
      const id = sensor(emulator, 'token history sensor', [
        [50, { responseTimeMs: 200, other: 1 }],
        [40, { responseTimeMs: 300, other: 1 }],
        [5, { responseTimeMs: 275, other: 1 }],
      ]);
      const token = await admin.metricTokens.create({
        body: { entityId: id, entityType: 1, metric: 'responseTimeMs' },
      });
      const recent = await anonymous.metricTokens.history({ id: String(token.id), query: { duration: 600_000 } });
      expect(recent).toHaveLength(1);
      expect(recent[0]).toMatchObject({ metric: 'responseTimeMs', tags: { entity: `obj${id}` }, aggregateTags: [] });
      expect(recent[0]?.dps?.map((p) => p[1])).toEqual([275]);
      const max = await anonymous.metricTokens.history({
        id: String(token.id),
        query: { from: '1h-ago', downsample: 'all-max' },
      });
      expect(max[0]?.dps?.map((p) => p[1])).toEqual([300]);
    },
    async error({ anonymous }) {
      await expect(anonymous.metricTokens.history({ id: 'no-such-token' })).rejects.toMatchObject({ status: 404 });
    },
  },
  'metricTokens.stat': {
    async happy({ admin, anonymous, emulator }) {
      const id = sensor(emulator, 'token stat sensor', [[1, { cpu: { load: 0.75, idle: 0.2 }, up: 1 }]]);
      emulator.store.state.statMeta[emulator.store.key('objects', id)] = {
        'cpu.load': { type: 'PERCENTILE', changeRate: 'ALWAYS' },
        // metadata as agents send it: only what is known; a type that is neither a name nor an object is left out
        'cpu.idle': { changeRate: 'SOMETIMES', type: 5, unit: '%' },
      };
      // only what was given, and no metadata at all for a metric without any (never null)
      const idle = await admin.metricTokens.create({ body: { entityId: id, entityType: 1, metric: 'cpu.idle' } });
      const idleStat = await anonymous.metricTokens.stat({ id: String(idle.id) });
      expect(idleStat.metricStatMeta).toEqual({ changeRate: 'SOMETIMES', unit: '%' });
      const up = await admin.metricTokens.create({ body: { entityId: id, entityType: 1, metric: 'up' } });
      const upStat = await anonymous.metricTokens.stat({ id: String(up.id) });
      expect(upStat).toMatchObject({ metric: 'up', value: 1 });
      expect(upStat).not.toHaveProperty('metricStatMeta');
      const token = await admin.metricTokens.create({ body: { entityId: id, entityType: 1, metric: 'cpu.load' } });
      const stat = await anonymous.metricTokens.stat({ id: String(token.id) });
      expect(stat).toMatchObject({
        id: token.id,
        entityId: id,
        entityType: 1,
        metric: 'cpu.load',
        value: 0.75,
        metricStatMeta: { type: 'PERCENTILE', changeRate: 'ALWAYS' },
      });
    },
    async error({ anonymous }) {
      await expect(anonymous.metricTokens.stat({ id: 'no-such-token' })).rejects.toBeInstanceOf(SaymonApiError);
    },
  },

  'mqtt.subscriptions': {
    async happy({ admin, emulator }) {
      const id = sensor(emulator, 'mqtt sensor');
      const topic = `plant/${id}/temperature`;
      emulator.store.state.mqttSubscriptions.push(
        { id: emulator.store.newId(), owner: { entityId: id, entityType: 1 }, topic, dataExpiryPeriod: 60_000 },
        { id: emulator.store.newId(), owner: { entityId: MISSING, entityType: 1 }, topic: `${topic}/orphan` },
      );
      const list = await admin.mqtt.subscriptions();
      expect(list.find((s) => s.topic === topic)).toMatchObject({
        owner: { entityId: id, entityType: 1 },
        dataExpiryPeriod: 60_000,
      });
      expect(list.map((s) => s.topic)).not.toContain(`${topic}/orphan`);
    },
    async error({ viewer }) {
      await expect(viewer.mqtt.subscriptions()).rejects.toMatchObject({ status: 403 });
    },
  },
});
