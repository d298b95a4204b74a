/** Classes, with their state and incident conditions (kept under `classes:<id>`). */
import { requireAny } from '../access.ts';
import { merge, requireRecord } from '../domain/lookup.ts';
import { badRequest, conflict } from '../errors.ts';
import { handlers } from '../handler.ts';
import { AUDIT_ENTITY } from '../store/audit-entities.ts';
import { withClassDefaults } from '../store/defaults.ts';
import type { ClassRecord, Rec } from '../store/state.ts';
import type { Store } from '../store/store.ts';

function requireClass(store: Store, id: string | number): ClassRecord {
  return requireRecord(store.state.classes, 'Class', id);
}

/** Objects and links built from a class. */
function classUsers(store: Store, classId: string): number {
  const uses = (r: Rec) => r.class_id !== undefined && String(r.class_id) === classId;
  return Object.values(store.state.objects).filter(uses).length + Object.values(store.state.links).filter(uses).length;
}

/** `conditional_incidents_enabled` from the configuration (top level or under `server`); only `false` disables. */
function conditionalIncidentsEnabled(store: Store): boolean {
  const config = store.state.configuration as { conditional_incidents_enabled?: unknown; server?: unknown };
  const server = (config.server ?? {}) as { conditional_incidents_enabled?: unknown };
  return (server.conditional_incidents_enabled ?? config.conditional_incidents_enabled) !== false;
}

/** A condition list as stored: each condition gets an id, the rest is kept as sent. */
function withIds<T extends { id?: unknown }>(store: Store, conditions: readonly T[]): (T & { id: string })[] {
  return conditions.map((c) => ({ ...c, id: c.id === undefined || c.id === null ? store.newId() : String(c.id) }));
}

export const classHandlers = handlers({
  'classes.list': ({ store }) => Object.values(store.state.classes),

  'classes.get': ({ path, store }) => requireClass(store, path.id),

  'classes.create': ({ body, store, user }) => {
    if (!body.name.trim()) throw badRequest('The class name cannot be empty.');
    const id = store.newId();
    const record = withClassDefaults({ ...body, id });
    store.state.classes[id] = record;
    store.audit(user, 'create', AUDIT_ENTITY.class, id, null, record);
    return record;
  },

  'classes.update': ({ path, body, store, user }) => {
    const record = requireClass(store, path.id);
    const before = structuredClone(record);
    if (body.name !== undefined && body.name !== null && !body.name.trim()) {
      throw badRequest('The class name cannot be empty.');
    }
    merge(record, body);
    store.audit(user, 'update', AUDIT_ENTITY.class, record.id, before, record);
    return record;
  },

  'classes.delete': ({ path, store, user }) => {
    // undocumented call: it takes the rights its documented siblings need
    requireAny(user, 'modify-classes', 'manage-classes');
    const record = requireClass(store, path.id);
    const used = classUsers(store, record.id);
    if (used > 0) throw conflict(`Class ${record.id} is used by ${used} objects or links.`);
    delete store.state.classes[record.id];
    const key = `classes:${record.id}`;
    delete store.state.stateConditions[key];
    delete store.state.incidentConditions[key];
    delete store.state.stateTriggers[key];
    delete store.state.statRules[key];
    store.audit(user, 'delete', AUDIT_ENTITY.class, record.id, record, null);
  },

  'classes.stateConditions': ({ path, store }) => {
    const record = requireClass(store, path.id);
    return store.state.stateConditions[`classes:${record.id}`] ?? [];
  },

  'classes.setStateConditions': ({ path, body, store, user }) => {
    const record = requireClass(store, path.id);
    const key = `classes:${record.id}`;
    const before = store.state.stateConditions[key] ?? [];
    store.state.stateConditions[key] = structuredClone(body);
    store.audit(user, 'stateConditions', AUDIT_ENTITY.class, record.id, before, body);
  },

  'classes.incidentConditions': ({ path, store }) => {
    const record = requireClass(store, path.id);
    return store.state.incidentConditions[`classes:${record.id}`] ?? [];
  },

  'classes.setIncidentConditions': ({ path, body, store, user }) => {
    const record = requireClass(store, path.id);
    if (!conditionalIncidentsEnabled(store)) {
      throw conflict('Conditional incidents are disabled (conditional_incidents_enabled is false).');
    }
    const key = `classes:${record.id}`;
    const before = store.state.incidentConditions[key] ?? [];
    const conditions = withIds(store, structuredClone(body));
    store.state.incidentConditions[key] = conditions;
    store.audit(user, 'incidentConditions', AUDIT_ENTITY.class, record.id, before, conditions);
    return conditions;
  },
});
