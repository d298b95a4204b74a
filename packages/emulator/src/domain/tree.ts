import { badRequest, notFound } from '../errors.ts';
import { AUDIT_ENTITY } from '../store/audit-entities.ts';
import { withLinkDefaults, withObjectDefaults } from '../store/defaults.ts';
import type { Id, LinkRecord, ObjectRecord, Rec, UserRecord } from '../store/state.ts';
import type { Store } from '../store/store.ts';
import type { Kind } from './entity-kind.ts';
import { merge, requireObject } from './lookup.ts';

export const ROOT_ID = '1';

function list(value: unknown): Id[] {
  if (Array.isArray(value)) return value.map(String);
  return value === undefined || value === null || value === '' ? [] : [String(value)];
}

/** Sets a record's id list to `values`, unless it holds exactly those already (then it is left as it is). */
function setList(store: Store, target: Rec, field: string, values: Id[]) {
  const current = target[field];
  if (Array.isArray(current) && current.length === values.length && current.every((v, i) => v === values[i])) return;
  target[field] = values;
  store.updated(target);
}

function addUnique(store: Store, target: Rec, field: string, id: Id) {
  const values = list(target[field]);
  if (!values.includes(id)) values.push(id);
  setList(store, target, field, values);
}

function removeFrom(store: Store, target: Rec | undefined, field: string, id: Id) {
  if (target)
    setList(
      store,
      target,
      field,
      list(target[field]).filter((v) => v !== id),
    );
}

/** Properties sent without an id get one (every property of a real server has its own id). */
function withPropertyIds(store: Store, properties: unknown): unknown {
  if (!Array.isArray(properties)) return properties;
  return properties.map((p) =>
    p && typeof p === 'object' && (p as Rec).id === undefined ? { ...(p as object), id: store.newId() } : p,
  );
}

/**
 * Creates an object under its parents (the root object by default) and keeps the tree
 * consistent: the parents' `child_ids` gain the new id. A `discovery_id` that already exists
 * updates that object instead, as SAYMON does.
 */
export function createObject(store: Store, fields: Record<string, unknown>, user?: UserRecord): ObjectRecord {
  if (fields.discovery_id !== undefined && fields.discovery_id !== null) {
    const existing = store.findObject(String(fields.discovery_id));
    if (existing) return updateObject(store, existing, fields, user);
  }
  const parents = list(fields.parent_id ?? ROOT_ID);
  for (const parent of parents) {
    if (!store.state.objects[parent]) throw badRequest(`Parent object ${parent} does not exist`);
  }
  const now = store.now();
  const id = store.newId();
  const record: Rec = {
    state_id: 1,
    class_id: 1,
    operations: [],
    tags: [],
    ...fields,
    properties: withPropertyIds(store, fields.properties ?? []),
    id,
    parent_id: parents,
    child_ids: [],
    child_link_ids: [],
    child_ref_ids: [],
    entityType: 1,
    created: now,
    updated: now,
    last_state_update: now,
    _version: 0,
  };
  const stored = withObjectDefaults(record, now);
  store.state.objects[id] = stored;
  for (const parent of parents) addUnique(store, store.state.objects[parent] as Rec, 'child_ids', id);
  store.audit(user, 'create', AUDIT_ENTITY.object, id, null, stored);
  store.event(
    1,
    { entityId: id, entityName: String(stored.name ?? ''), entityType: 1 },
    { text: `Object ${stored.name} created` },
  );
  return stored;
}

/** Each parent named exists (else 400) and is visible to the user (else the 404 of an unknown object). */
export function checkParents(store: Store, user: UserRecord, parentId: unknown) {
  for (const parent of Array.isArray(parentId) ? parentId : parentId === undefined ? [] : [parentId]) {
    const found = store.state.objects[String(parent)];
    if (!found) throw badRequest(`Parent object ${String(parent)} does not exist`);
    if (!store.canSeeObject(user, String(parent))) throw notFound('Object', String(parent));
  }
}

/**
 * Updates an object's fields; a new `parent_id` moves it in the tree. Its class cannot change.
 * With a `user`, a move names only parents that user can see (every caller — the update call,
 * bulk runs — gets the same check).
 */
export function updateObject(
  store: Store,
  object: ObjectRecord,
  patch: Record<string, unknown>,
  user?: UserRecord,
): ObjectRecord {
  if (user) checkParents(store, user, patch.parent_id);
  const before = structuredClone(object);
  const id = String(object.id);
  if (patch.parent_id !== undefined) {
    const next = list(patch.parent_id);
    for (const parent of next) {
      if (!store.state.objects[parent]) throw badRequest(`Parent object ${parent} does not exist`);
      if (parent === id || isDescendant(store, parent, id)) throw badRequest('An object cannot be moved under itself');
    }
    for (const old of list(object.parent_id)) removeFrom(store, store.state.objects[old], 'child_ids', id);
    for (const parent of next) addUnique(store, store.state.objects[parent] as Rec, 'child_ids', id);
    object.parent_id = next;
  }
  merge(object, patch, [
    'id',
    'parent_id',
    'child_ids',
    'child_link_ids',
    'child_ref_ids',
    'class_id',
    'created',
    '_version',
    'entityType',
  ]);
  if (patch.properties !== undefined) merge(object, { properties: withPropertyIds(store, patch.properties) });
  if (patch.name !== undefined && patch.name !== before.name) {
    for (const link of Object.values(store.state.links)) {
      if (String(link.source) === id) link.source_name = object.name;
      if (String(link.target) === id) link.target_name = object.name;
      if (String(link.source) === id || String(link.target) === id) store.updated(link);
    }
  }
  object.updated = store.now();
  object._version = Number(object._version ?? 0) + 1;
  store.audit(user, 'update', AUDIT_ENTITY.object, id, before, object);
  return object;
}

function isDescendant(store: Store, candidate: Id, ancestor: Id, seen = new Set<Id>()): boolean {
  if (seen.has(candidate)) return false;
  seen.add(candidate);
  const object = store.state.objects[candidate];
  if (!object) return false;
  return list(object.parent_id).some((p) => p === ancestor || isDescendant(store, p, ancestor, seen));
}

/** Removes everything attached to an entity key: conditions, stat, history, documents, incidents. */
export function forgetEntity(store: Store, kind: Kind, id: Id) {
  const key = store.key(kind, id);
  const s = store.state;
  for (const table of [
    s.stateConditions,
    s.incidentConditions,
    s.stateTriggers,
    s.statRules,
    s.stat,
    s.statMeta,
    s.history,
  ]) {
    delete (table as Record<string, unknown>)[key];
  }
  for (const [docId, doc] of Object.entries(s.documents)) {
    if (doc.owner !== key) continue;
    delete s.documents[docId];
    if (typeof doc.uid === 'string') delete s.files[doc.uid];
  }
  for (const [incidentId, incident] of Object.entries(s.incidents))
    if (String(incident.entityId) === id) delete s.incidents[incidentId];
}

export function deleteLink(store: Store, linkId: Id, user?: UserRecord) {
  const link = store.state.links[linkId];
  if (!link) return;
  delete store.state.links[linkId];
  for (const object of Object.values(store.state.objects)) removeFrom(store, object, 'child_link_ids', linkId);
  forgetEntity(store, 'links', linkId);
  store.audit(user, 'delete', AUDIT_ENTITY.link, linkId, link, null);
}

/**
 * Deletes an object. Children that have no other parent go with it, and so do the links that
 * start or end at any deleted object and the references to it.
 */
export function deleteObject(store: Store, id: Id, user?: UserRecord) {
  if (id === ROOT_ID) throw badRequest('The root object cannot be deleted');
  const doomed = new Set<Id>();
  const collect = (objectId: Id) => {
    if (doomed.has(objectId)) return;
    doomed.add(objectId);
    for (const child of list(store.state.objects[objectId]?.child_ids)) {
      const others = list(store.state.objects[child]?.parent_id).filter((p) => !doomed.has(p));
      if (others.length === 0) collect(child);
    }
  };
  collect(id);
  for (const objectId of doomed) {
    const object = store.state.objects[objectId];
    if (!object) continue;
    for (const parent of list(object.parent_id)) removeFrom(store, store.state.objects[parent], 'child_ids', objectId);
    delete store.state.objects[objectId];
    forgetEntity(store, 'objects', objectId);
    store.audit(user, 'delete', AUDIT_ENTITY.object, objectId, object, null);
  }
  for (const link of Object.values(store.state.links)) {
    if (doomed.has(String(link.source)) || doomed.has(String(link.target))) deleteLink(store, String(link.id), user);
  }
  for (const [refId, ref] of Object.entries(store.state.refs)) {
    if (doomed.has(String(ref.target)) || doomed.has(String(ref.owner))) {
      delete store.state.refs[refId];
      for (const object of Object.values(store.state.objects)) removeFrom(store, object, 'child_ref_ids', refId);
    }
  }
}

/** Copies an entity's own conditions, triggers and stat rules to its clone (incident conditions get new ids). */
function copyRules(store: Store, from: string, to: string) {
  const s = store.state;
  for (const table of [s.stateConditions, s.incidentConditions, s.stateTriggers, s.statRules]) {
    const rules = table[from];
    if (!rules) continue;
    table[to] = structuredClone(rules).map((rule) =>
      table === s.incidentConditions && rule && typeof rule === 'object' ? { ...rule, id: store.newId() } : rule,
    );
  }
}

/**
 * Copies an object with its subtree (and the links inside it) under the same parents, with
 * their own conditions and triggers; properties get new ids. With a `user`, the parts of the
 * subtree that user cannot see are left out of the copy.
 */
export function cloneObject(store: Store, id: Id, user?: UserRecord): ObjectRecord {
  const mapping = new Map<Id, Id>();
  const copy = (sourceId: Id, parents: Id[]): ObjectRecord => {
    const source = store.state.objects[sourceId] as ObjectRecord;
    const {
      id: _id,
      child_ids,
      child_link_ids: _links,
      child_ref_ids: _refs,
      parent_id: _parents,
      discovery_id: _d,
      properties,
      ...fields
    } = structuredClone(source);
    const fresh = Array.isArray(properties) ? properties.map(({ id: _pid, ...p }) => p) : properties;
    const created = createObject(store, { ...fields, properties: fresh, parent_id: parents }, user);
    mapping.set(sourceId, String(created.id));
    copyRules(store, store.key('objects', sourceId), store.key('objects', String(created.id)));
    // only what the caller may read is copied: a hidden child would become a readable copy
    for (const child of list(child_ids))
      if (!user || store.canSeeObject(user, child)) copy(child, [String(created.id)]);
    return created;
  };
  const root = copy(id, list(requireObject(store, undefined, id).parent_id));
  for (const link of Object.values(store.state.links)) {
    const source = mapping.get(String(link.source));
    const target = mapping.get(String(link.target));
    if (source && target) {
      const { id: _id, source: _s, target: _t, owner_id: owner, properties, ...fields } = structuredClone(link);
      const fresh = Array.isArray(properties) ? properties.map(({ id: _pid, ...p }) => p) : properties;
      const ownerId = mapping.get(String(owner)) ?? owner;
      const copy = createLink(store, { ...fields, properties: fresh, owner_id: ownerId, source, target }, user);
      copyRules(store, store.key('links', String(link.id)), store.key('links', String(copy.id)));
    }
  }
  return root;
}

/** Fields a link update cannot change: identity, ends, class, state and bookkeeping. */
const LINK_LOCKED = [
  'id',
  'source',
  'target',
  'source_name',
  'target_name',
  'class_id',
  'owner_id',
  'created',
  'entityType',
  '_version',
  'updated',
  'state_id',
  'manual_state',
];

/** Updates a link's fields (not its ends, class or state) and audits the change. */
export function updateLink(store: Store, user: UserRecord, link: LinkRecord, patch: Record<string, unknown>) {
  const before = structuredClone(link);
  merge(link, patch, LINK_LOCKED);
  link.updated = store.now();
  link._version = Number(link._version ?? 0) + 1;
  store.audit(user, 'update', AUDIT_ENTITY.link, String(link.id), before, link);
  return link;
}

/** Creates a link between two objects; it is listed in `child_link_ids` of the source's first parent. */
export function createLink(store: Store, fields: Record<string, unknown>, user?: UserRecord): LinkRecord {
  const source = store.state.objects[String(fields.source)];
  const target = store.state.objects[String(fields.target)];
  if (!source) throw badRequest(`Source object ${String(fields.source)} does not exist`);
  if (!target) throw badRequest(`Target object ${String(fields.target)} does not exist`);
  const now = store.now();
  const id = store.newId();
  const owner = String(fields.owner_id ?? list(source.parent_id)[0] ?? ROOT_ID);
  const record: Rec = {
    state_id: 1,
    class_id: 35,
    operations: [],
    tags: [],
    ...fields,
    properties: withPropertyIds(store, fields.properties ?? []),
    id,
    source: String(source.id),
    target: String(target.id),
    source_name: source.name,
    target_name: target.name,
    owner_id: owner,
    entityType: 2,
    created: now,
    updated: now,
    last_state_update: now,
    _version: 0,
  };
  const stored = withLinkDefaults(record, now);
  store.state.links[id] = stored;
  const ownerObject = store.state.objects[owner];
  if (ownerObject) addUnique(store, ownerObject, 'child_link_ids', id);
  store.audit(user, 'create', AUDIT_ENTITY.link, id, null, stored);
  return stored;
}
