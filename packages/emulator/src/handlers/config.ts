import { holds, requireAny } from '../access.ts';
import { merge, requireRecord } from '../domain/lookup.ts';
import { badRequest, conflict } from '../errors.ts';
import { handlers, Reply } from '../handler.ts';
import { FORBIDDEN_KEYS } from '../safe-json.ts';
import { withClassDefaults } from '../store/defaults.ts';
import type { ClassRecord, Rec } from '../store/state.ts';
import type { Store } from '../store/store.ts';

/** The hash of the build the emulator stands for (SAYMON answers a git commit hash). */
export const VERSION_HASH = '5a7e0f1c3b9d2e4a6c8b0d1f3e5a7c9b1d3f5e7a';

const CLASS_ENTITY = 4;

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

function isPlainObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/**
 * A JSON merge patch (RFC 7386): objects merge, `null` removes a setting, anything else replaces.
 * Keys that reach a prototype (`__proto__`, `constructor`, `prototype`) are skipped at any depth.
 */
export function mergePatch(target: Record<string, unknown>, patch: Record<string, unknown>): Record<string, unknown> {
  for (const [key, value] of Object.entries(patch)) {
    if (value === undefined || FORBIDDEN_KEYS.has(key)) continue;
    if (value === null) delete target[key];
    else if (isPlainObject(value)) {
      const current = isPlainObject(target[key]) ? (target[key] as Record<string, unknown>) : {};
      target[key] = mergePatch(current, value);
    } else target[key] = structuredClone(value);
  }
  return target;
}

/** The configuration as a caller sees it: mail transport settings (credentials) only with manage-configuration. */
function configurationView(config: Record<string, unknown>, full: boolean): Record<string, unknown> {
  const copy = structuredClone(config);
  if (!full) {
    const email = (copy.server as { email?: Record<string, unknown> } | undefined)?.email;
    if (isPlainObject(email)) delete email.transport;
  }
  return copy;
}

/** A condition list as stored: each condition gets an id, the rest is kept as sent. */
function withIds(store: Store, conditions: Record<string, unknown>[]): Rec[] {
  return conditions.map((c) => ({ ...c, id: c.id === undefined || c.id === null ? store.newId() : String(c.id) }));
}

/** Classes (with their state and incident conditions), server configuration, version hash. */
export const configHandlers = handlers({
  'classes.list': ({ store }) => Object.values(store.state.classes),

  'classes.get': ({ path, store }) => requireClass(store, path.id),

  'classes.create': ({ body, store, user }) => {
    if (!body.name.trim()) throw badRequest('The class name cannot be empty.');
    const id = store.newId();
    const record = withClassDefaults({ ...body, id });
    store.state.classes[id] = record;
    store.audit(user, 'create', CLASS_ENTITY, id, null, record);
    return record;
  },

  'classes.update': ({ path, body, store, user }) => {
    const record = requireClass(store, path.id);
    const before = structuredClone(record);
    if (body.name !== undefined && body.name !== null && !body.name.trim()) {
      throw badRequest('The class name cannot be empty.');
    }
    merge(record, body);
    store.audit(user, 'update', CLASS_ENTITY, record.id, before, record);
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
    store.audit(user, 'delete', CLASS_ENTITY, record.id, record, null);
  },

  'classes.stateConditions': ({ path, store }) => {
    const record = requireClass(store, path.id);
    // as never: rule lists are kept as the set calls' bodies were validated (unknown[] in the state), not re-typed
    return (store.state.stateConditions[`classes:${record.id}`] ?? []) as never;
  },

  'classes.setStateConditions': ({ path, body, store, user }) => {
    const record = requireClass(store, path.id);
    const key = `classes:${record.id}`;
    const before = store.state.stateConditions[key] ?? [];
    store.state.stateConditions[key] = structuredClone(body);
    store.audit(user, 'stateConditions', CLASS_ENTITY, record.id, before, body);
  },

  'classes.incidentConditions': ({ path, store }) => {
    const record = requireClass(store, path.id);
    // as never: rule lists are kept as the set calls' bodies were validated (unknown[] in the state), not re-typed
    return (store.state.incidentConditions[`classes:${record.id}`] ?? []) as never;
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
    store.audit(user, 'incidentConditions', CLASS_ENTITY, record.id, before, conditions);
    // as never: rule lists are kept as the set calls' bodies were validated (unknown[] in the state), not re-typed
    return conditions as never;
  },

  'configuration.get': ({ store, user }) =>
    configurationView(store.state.configuration, holds(user, 'manage-configuration')),

  'configuration.update': ({ body, store, user }) => {
    const before = structuredClone(store.state.configuration);
    mergePatch(store.state.configuration, body as Record<string, unknown>);
    store.audit(user, 'update', 0, 'configuration', before, store.state.configuration);
    return configurationView(store.state.configuration, true);
  },

  'service.versionHash': () => Reply.json(VERSION_HASH),
});
