/**
 * Bulk operations: one change applied to every object a search selected, and copies made "in the
 * background". The emulator makes the changes at once and keeps a record in `state.bulks`
 * (`{ id, status: 'done', progress: 100, result }`) for the status call to read.
 */
import { badRequest } from '../errors.ts';
import { AUDIT_ENTITY } from '../store/audit-entities.ts';
import type { ObjectRecord, Rec, UserRecord } from '../store/state.ts';
import type { Store } from '../store/store.ts';
import { itemsOf, numeric } from './entity-parts.ts';
import { cloneObject, updateObject } from './tree.ts';

export type Doc = Record<string, unknown>;
const CONDITION_LISTS = ['stateConditions', 'stateTriggers', 'incidentConditions'] as const;

/** Adds a property, or changes the one of the same name. */
function createOrModifyProperty(store: Store, object: Rec, change: Doc) {
  if (typeof change.name !== 'string' || change.name === '')
    throw badRequest('properties.createOrModify needs the property name');
  const items = itemsOf(store, object, 'properties');
  const existing = items.find((p) => p.name === change.name);
  const fields: Doc = { ...change };
  if (fields.value !== undefined) fields.value = String(fields.value);
  if (fields.type_id !== undefined) fields.type_id = numeric(fields.type_id);
  if (existing) Object.assign(existing, fields, { id: existing.id });
  else
    items.push({
      value: '',
      type_id: 1,
      ...fields,
      name: change.name,
      id: store.newId(),
      owner_id: object.id,
      owner_type: 1,
    });
}

/**
 * Adds a condition (or trigger) to an object's list, or replaces the one with the same id. The
 * change may be the condition itself or wrap it in `createOrModify`.
 */
function upsertCondition(store: Store, table: Record<string, unknown[]>, key: string, change: Doc) {
  const condition = (change.createOrModify ?? change) as Doc;
  table[key] ??= [];
  const list = table[key] as Doc[];
  const index = condition.id === undefined ? -1 : list.findIndex((c) => String(c.id) === String(condition.id));
  if (index >= 0) list[index] = { ...list[index], ...condition };
  else list.push({ ...condition, id: condition.id ?? store.newId() });
}

function applyStep(store: Store, user: UserRecord, object: ObjectRecord, step: Doc) {
  if (step.modify) updateObject(store, object, step.modify as Doc, user);
  const property = (step['properties.createOrModify'] ?? (step.properties as Doc | undefined)?.createOrModify) as
    | Doc
    | undefined;
  if (property) {
    const before = structuredClone(object);
    createOrModifyProperty(store, object, property);
    object.updated = store.now();
    store.audit(user, 'update', AUDIT_ENTITY.object, String(object.id), before, object);
  }
  const key = store.key('objects', String(object.id));
  for (const list of CONDITION_LISTS) {
    if (!step[list]) continue;
    upsertCondition(store, store.state[list], key, step[list] as Doc);
    store.updated(store.state[list][key]);
  }
}

/** A UUID, like the bulk ids real servers hand out. */
function bulkId(store: Store): string {
  const hex = store.newId().padStart(32, '0').slice(-32);
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-4${hex.slice(13, 16)}-8${hex.slice(17, 20)}-${hex.slice(20)}`;
}

/** Applies every step to every selected object and keeps the bulk's record; answers its id. */
export function runBulk(store: Store, user: UserRecord, selected: ObjectRecord[], steps: Doc[]): string {
  for (const object of selected) for (const step of steps) applyStep(store, user, object, step);
  const id = bulkId(store);
  store.state.bulks[id] = {
    id,
    kind: 'objects',
    status: 'done',
    progress: 100,
    created: store.now(),
    result: { matched: selected.length, ids: selected.map((o) => String(o.id)) },
  };
  return id;
}

/** Copies an object (as `objects.clone` does) under a bulk record that says how it went; answers the bulk's id. */
export function cloneInBackground(store: Store, user: UserRecord, sourceId: string): string {
  const id = store.newId();
  const now = store.now();
  const bulk: Rec = { id, type: 'clone', status: 'running', progress: 0, created: now, userId: user.id };
  store.state.bulks[id] = bulk;
  try {
    const copy = cloneObject(store, sourceId, user);
    Object.assign(bulk, { status: 'done', progress: 100, finished: true, result: { id: copy.id }, updated: now });
    store.updated(bulk);
  } catch (error) {
    Object.assign(bulk, { status: 'failed', finished: true, error: (error as Error).message, updated: now });
    store.updated(bulk);
  }
  return id;
}
