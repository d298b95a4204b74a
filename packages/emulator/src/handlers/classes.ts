/** Classes, with their state and incident conditions (kept under `classes:<id>`). */
import { requireAny } from '../access.ts';
import { removeClass, setClassConditions } from '../domain/classes.ts';
import { requireRecord } from '../domain/lookup.ts';
import { addRecord, updateRecord } from '../domain/records.ts';
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

export const classHandlers = handlers({
  'classes.list': ({ store }) => Object.values(store.state.classes),

  'classes.get': ({ path, store }) => requireClass(store, path.id),

  'classes.create': ({ body, store, user }) => {
    if (!body.name.trim()) throw badRequest('The class name cannot be empty.');
    return addRecord(store, user, { collection: 'classes', entity: AUDIT_ENTITY.class }, (id) =>
      withClassDefaults({ ...body, id }),
    );
  },

  'classes.update': ({ path, body, store, user }) => {
    const record = requireClass(store, path.id);
    if (body.name !== undefined && body.name !== null && !body.name.trim()) {
      throw badRequest('The class name cannot be empty.');
    }
    return updateRecord(store, user, AUDIT_ENTITY.class, record, body);
  },

  'classes.delete': ({ path, store, user }) => {
    // undocumented call: it takes the rights its documented siblings need
    requireAny(user, 'modify-classes', 'manage-classes');
    const record = requireClass(store, path.id);
    const used = classUsers(store, record.id);
    if (used > 0) throw conflict(`Class ${record.id} is used by ${used} objects or links.`);
    removeClass(store, user, record);
  },

  'classes.stateConditions': ({ path, store }) => {
    const record = requireClass(store, path.id);
    return store.state.stateConditions[`classes:${record.id}`] ?? [];
  },

  'classes.setStateConditions': ({ path, body, store, user }) => {
    const record = requireClass(store, path.id);
    setClassConditions(store, user, record, 'stateConditions', body);
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
    return setClassConditions(store, user, record, 'incidentConditions', body);
  },
});
