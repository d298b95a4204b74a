import {
  classSchema,
  eventLogSchema,
  historyAnnotationSchema,
  incidentLevelSchema,
  incidentSchema,
  linkSchema,
  notificationTemplateSchema,
  objectSchema,
  propertyClassSchema,
  propertyValueTypeSchema,
  stateHistorySchema,
  stateSchema,
  statSchema,
  tagSchema,
  userSchema,
} from '@saymon-sdk/core';
import { describe, expect, it } from 'vitest';
import { safeParse } from 'zod/mini';
import { publicUser } from '../domain/lookup.ts';
import type { Rec, State } from '../store/state.ts';
import { CLASS, INCIDENT_LEVEL, STATE } from './base.ts';
import { DEMO_HISTORY_MS, DEMO_STEP_MS, MONITORED_CLASS_IDS } from './demo.ts';
import { createState } from './index.ts';

const NOW = 1_764_417_600_000; // 2025-11-29T12:00:00Z
const demo = createState('demo', () => NOW);
const empty = createState('empty', () => NOW);

type Schema = Parameters<typeof safeParse>[0];
function expectValid(schema: Schema, records: unknown[], what: string) {
  for (const record of records) {
    const result = safeParse(schema, record);
    if (!result.success) throw new Error(`${what} ${JSON.stringify(record).slice(0, 200)}: ${result.error.message}`);
  }
}

function expectValidReferenceData(state: State) {
  expectValid(stateSchema(), Object.values(state.states), 'state');
  expectValid(incidentLevelSchema(), Object.values(state.incidentLevels), 'incident level');
  expectValid(classSchema(), Object.values(state.classes), 'class');
  expectValid(propertyValueTypeSchema(), state.propertyValueTypes, 'property value type');
  expectValid(propertyClassSchema(), Object.values(state.propertyClasses), 'property class');
  expectValid(notificationTemplateSchema(), Object.values(state.notificationTemplates), 'notification template');
  expectValid(tagSchema(), Object.values(state.tags), 'tag');
  expectValid(userSchema(), Object.values(state.users).map(publicUser), 'user');
}

describe('empty seed', () => {
  it('holds only the base data', () => {
    expect(Object.keys(empty.objects)).toEqual(['1']);
    expect(empty.meta.seed).toBe('empty');
    for (const collection of ['links', 'incidents', 'history', 'stat', 'historyAnnotations'] as const) {
      expect(Object.keys(empty[collection])).toEqual([]);
    }
    expect(empty.stateHistory).toEqual([]);
    expect(empty.eventLog).toEqual([]);
    expectValidReferenceData(empty);
  });

  it('has the users, states, incident levels, classes and configuration', () => {
    const logins = Object.values(empty.users).map((u) => [u.login, u.password, u.permissions.length > 0]);
    expect(logins).toEqual([
      ['admin', 'saymon', true],
      ['viewer', 'viewer', false],
    ]);
    for (const user of Object.values(empty.users)) expect(user.objectPermissions.include).toEqual(['1']);
    expect(Object.keys(empty.states).sort()).toEqual(['1', '3', '4', '5', '6', '7', '8', '9']);
    expect(empty.incidentLevels[INCIDENT_LEVEL.cleared]?.name).toBe('Cleared');
    expect(Object.values(empty.incidentLevels).map((l) => l.name)).toEqual(['Alarm', 'Warning', 'Cleared', 'Major']);
    expect(empty.classes[String(CLASS.link)]?.name).toBe('Link');
    expect(empty.classes['1']?.name).toBe('Group');
    for (const c of Object.values(empty.classes)) expect(() => JSON.parse(String(c.client_data))).not.toThrow();
    expect(empty.configuration.conditional_incidents_enabled).toBe(true);
    expect(Object.keys(empty.notificationTemplates)).toContain('email');
  });
});

describe('demo seed', () => {
  it('is deterministic', () => {
    expect(createState('demo', () => NOW)).toEqual(demo);
    // ids do not depend on the clock; timestamps follow it
    const later = createState('demo', () => NOW + 3_600_000);
    expect(Object.keys(later.objects)).toEqual(Object.keys(demo.objects));
    expect(Object.keys(later.incidents)).toEqual(Object.keys(demo.incidents));
  });

  it('has about 200 objects in a consistent tree', () => {
    const objects = Object.values(demo.objects);
    expect(objects.length).toBeGreaterThanOrEqual(180);
    expect(objects.length).toBeLessThanOrEqual(230);
    const classes = new Set(objects.map((o) => o.class_id));
    expect(classes.size).toBeGreaterThanOrEqual(8);
    for (const o of objects) {
      expect(demo.classes[String(o.class_id)], `class of ${o.name}`).toBeDefined();
      expect(demo.states[String(o.state_id)], `state of ${o.name}`).toBeDefined();
      for (const child of o.child_ids as string[]) expect(demo.objects[child]?.parent_id).toContain(o.id);
      for (const parent of o.parent_id as string[]) expect(demo.objects[parent]?.child_ids).toContain(o.id);
      if (o.id !== '1') expect((o.parent_id as string[]).length).toBe(1);
      for (const tag of o.tags as string[]) expect(demo.tags[tag]).toBeDefined();
      expect(Number(o.created)).toBeLessThanOrEqual(Number(o.last_state_update));
      expect(Number(o.last_state_update)).toBeLessThanOrEqual(NOW);
    }
    const links = Object.values(demo.links);
    expect(links.length).toBeGreaterThan(40);
    for (const l of links) {
      expect(demo.objects[String(l.source)]).toBeDefined();
      expect(demo.objects[String(l.target)]).toBeDefined();
      expect(demo.objects[String(l.owner_id)]?.child_link_ids).toContain(l.id);
      expect(l.class_id).toBe(CLASS.link);
    }
    const linked = Object.values(demo.objects).flatMap((o) => o.child_link_ids as string[]);
    expect(linked.sort()).toEqual(Object.keys(demo.links).sort());
  });

  it('has 24 hours of history for every monitored object, ending now', () => {
    const monitored = Object.values(demo.objects).filter((o) => MONITORED_CLASS_IDS.includes(Number(o.class_id)));
    expect(monitored.length).toBeGreaterThan(150);
    const points = DEMO_HISTORY_MS / DEMO_STEP_MS + 1;
    for (const o of monitored) {
      const series = demo.history[`objects:${o.id}`];
      expect(series, String(o.name)).toBeDefined();
      const metrics = Object.entries(series ?? {});
      expect(metrics.length).toBeGreaterThanOrEqual(2);
      for (const [, dps] of metrics) {
        expect(dps.length).toBe(points);
        expect(dps[0]?.[0]).toBe(NOW - DEMO_HISTORY_MS);
        expect(dps.at(-1)?.[0]).toBe(NOW);
        const steady = dps.every(
          ([t, v], i) => Number.isFinite(v) && (i === 0 || t - (dps[i - 1]?.[0] ?? 0) === DEMO_STEP_MS),
        );
        expect(steady).toBe(true);
      }
      expect(demo.stat[`objects:${o.id}`]?.timestamp).toBe(NOW);
    }
    const server = monitored.find((o) => o.class_id === CLASS.server) as Rec;
    expect(Object.keys(demo.history[`objects:${server.id}`] ?? {}).sort()).toEqual([
      'cpu.load',
      'disk.used',
      'mem.used',
    ]);
    expect(Object.keys(demo.history).some((k) => k.startsWith('links:'))).toBe(true);
  });

  it('has object states that follow their metrics', () => {
    const payload = (o: Rec) => (demo.stat[`objects:${o.id}`]?.payload ?? {}) as unknown;
    for (const o of Object.values(demo.objects).filter((x) => x.class_id === CLASS.server)) {
      const cpu = (payload(o) as { cpu: { load: number } }).cpu.load;
      if (cpu > 90) expect(Number(o.state_id)).not.toBe(STATE.working);
    }
    for (const o of Object.values(demo.objects).filter((x) => x.class_id === CLASS.httpCheck)) {
      const available = (payload(o) as { available: number }).available;
      if (available === 0) expect(o.state_id).toBe(STATE.alarm);
      else expect(o.state_id).not.toBe(STATE.alarm);
    }
    expect(demo.objects['1']?.state_id).toBe(STATE.alarm);
  });

  it('has open incidents at three or more levels, some acknowledged, and a cleared one', () => {
    const incidents = Object.values(demo.incidents);
    const open = incidents.filter((i) => i.state !== INCIDENT_LEVEL.cleared);
    expect(new Set(open.map((i) => i.state)).size).toBeGreaterThanOrEqual(3);
    expect(open.some((i) => i.acknowledgedBy)).toBe(true);
    const cleared = incidents.filter((i) => i.state === INCIDENT_LEVEL.cleared).map((i) => Number(i.clearTimestamp));
    const timeout = (demo.configuration.server as { incident_timeout: number }).incident_timeout;
    // one cleared long ago (gone to incident history), one still in the active list
    expect(cleared.some((t) => t < NOW - timeout)).toBe(true);
    expect(cleared.some((t) => t > NOW - timeout && t <= NOW)).toBe(true);
    expect(incidents.some((i) => i.entityType === 2)).toBe(true);
    for (const i of incidents) {
      const entity = i.entityType === 1 ? demo.objects[String(i.entityId)] : demo.links[String(i.entityId)];
      expect(entity).toBeDefined();
      expect(demo.incidentLevels[String(i.state)]).toBeDefined();
      for (const field of ['lastState', 'localTimestamp', 'timestamp', 'text']) expect(i[field]).toBeDefined();
    }
  });

  it('has state history, an event log and history annotations', () => {
    expect(demo.stateHistory.length).toBeGreaterThan(Object.keys(demo.objects).length);
    const times = demo.stateHistory.map((h) => Number(h.timestamp));
    expect(times).toEqual([...times].sort((a, b) => a - b));
    expect(demo.eventLog.length).toBeGreaterThan(10);
    expect(new Set(demo.eventLog.map((e) => e.type))).toEqual(new Set([1, 2]));
    expect(Object.keys(demo.historyAnnotations).length).toBe(2);
    expect(demo.auditLog).toEqual([]);
  });

  it('validates against the core models', () => {
    expectValid(objectSchema(), Object.values(demo.objects), 'object');
    expectValid(linkSchema(), Object.values(demo.links), 'link');
    expectValid(incidentSchema(), Object.values(demo.incidents), 'incident');
    expectValid(stateHistorySchema(), demo.stateHistory, 'state history');
    expectValid(eventLogSchema(), demo.eventLog, 'event log entry');
    expectValid(historyAnnotationSchema(), Object.values(demo.historyAnnotations), 'history annotation');
    expectValid(statSchema(), Object.values(demo.stat), 'stat');
    expectValidReferenceData(demo);
  });

  it('stays a reasonable size as JSON', () => {
    const bytes = Buffer.byteLength(JSON.stringify(demo));
    console.log(`demo state: ${(bytes / 1024 / 1024).toFixed(2)} MB of JSON`);
    expect(bytes).toBeLessThan(15 * 1024 * 1024);
  });
});
