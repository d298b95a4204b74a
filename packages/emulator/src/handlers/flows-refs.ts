import { requireAny } from '../access.ts';
import { merge, requireObject } from '../domain/lookup.ts';
import { ROOT_ID } from '../domain/tree.ts';
import { badRequest, notFound } from '../errors.ts';
import { handlers } from '../handler.ts';
import type { Rec, UserRecord } from '../store/state.ts';
import type { Store } from '../store/store.ts';

const FLOW_ENTITY = 3;

/** An object id from a request body that must name an object the user can see (400 otherwise). */
function existingObject(store: Store, user: UserRecord, id: unknown, role: string): string {
  const object = id === undefined || id === null ? undefined : store.findObject(String(id));
  if (!object || !store.canSeeObject(user, String(object.id))) {
    throw badRequest(`The ${role} object ${String(id)} does not exist.`);
  }
  return String(object.id);
}

function flowVisible(store: Store, user: UserRecord, flow: Rec): boolean {
  return flow.owner_id === undefined || flow.owner_id === null || store.canSeeObject(user, String(flow.owner_id));
}

function requireFlow(store: Store, user: UserRecord, id: string | number): Rec {
  const flow = store.state.flows[String(id)];
  if (!flow || !flowVisible(store, user, flow)) throw notFound('Flow', id);
  return flow;
}

/**
 * The flow fields of a body, checked: the owner and every item must be objects the user can see.
 * The item list is stored under both spellings SAYMON's docs use (`item_ids`, `items_ids`).
 */
function flowFields(store: Store, user: UserRecord, body: Record<string, unknown>): Record<string, unknown> {
  const { item_ids, items_ids, owner_id, ...rest } = body;
  const out: Record<string, unknown> = { ...rest };
  if (owner_id !== undefined) out.owner_id = existingObject(store, user, owner_id, 'owner');
  const items = item_ids ?? items_ids;
  if (items !== undefined) {
    const ids = (items as unknown[]).map((item) => existingObject(store, user, item, 'item'));
    out.item_ids = ids;
    out.items_ids = [...ids];
  }
  return out;
}

function addUnique(object: Rec, field: string, id: string) {
  const list = Array.isArray(object[field]) ? (object[field] as unknown[]).map(String) : [];
  if (!list.includes(id)) list.push(id);
  object[field] = list;
}

function removeFrom(object: Rec | undefined, field: string, id: string) {
  if (object && Array.isArray(object[field]))
    object[field] = (object[field] as unknown[]).filter((v) => String(v) !== id);
}

function refVisible(store: Store, user: UserRecord, ref: Rec): boolean {
  return store.canSeeObject(user, String(ref.owner)) && store.canSeeObject(user, String(ref.target));
}

function requireRef(store: Store, user: UserRecord, id: string | number): Rec {
  const ref = store.state.refs[String(id)];
  if (!ref || !refVisible(store, user, ref)) throw notFound('Reference', id);
  return ref;
}

/** Flows (drawings through objects) and references (an object shown inside another one). */
export const flowRefHandlers = handlers({
  'flows.list': ({ store, user }) => Object.values(store.state.flows).filter((flow) => flowVisible(store, user, flow)),

  'flows.get': ({ path, store, user }) => requireFlow(store, user, path.id),

  'flows.create': ({ body, store, user }) => {
    const fields = flowFields(store, user, { owner_id: ROOT_ID, ...(body ?? {}) });
    const id = store.newId();
    const flow: Rec = {
      item_ids: [],
      items_ids: [],
      client_data: '{}',
      properties: [],
      ...fields,
      id,
      entityType: FLOW_ENTITY,
    };
    store.state.flows[id] = flow;
    store.audit(user, 'create', FLOW_ENTITY, id, null, flow);
    return flow;
  },

  'flows.update': ({ path, body, store, user }) => {
    const flow = requireFlow(store, user, path.id);
    const before = structuredClone(flow);
    merge(flow, flowFields(store, user, body ?? {}), ['id', 'entityType']);
    store.audit(user, 'update', FLOW_ENTITY, flow.id, before, flow);
  },

  'flows.delete': ({ path, store, user }) => {
    const flow = requireFlow(store, user, path.id);
    delete store.state.flows[flow.id];
    const key = store.key('flows', flow.id);
    for (const [docId, doc] of Object.entries(store.state.documents))
      if (doc.owner === key) delete store.state.documents[docId];
    store.audit(user, 'delete', FLOW_ENTITY, flow.id, flow, null);
  },

  'references.list': ({ store, user }) => Object.values(store.state.refs).filter((ref) => refVisible(store, user, ref)),

  'references.get': ({ path, store, user }) => requireRef(store, user, path.id),

  'references.create': ({ body, store, user }) => {
    const owner = requireObject(store, user, body.owner);
    const target = requireObject(store, user, body.target);
    if (owner.id === target.id) throw badRequest('An object cannot hold a reference to itself.');
    const id = store.newId();
    const ref: Rec = { ...body, id, owner: String(owner.id), target: String(target.id) };
    store.state.refs[id] = ref;
    addUnique(owner, 'child_ref_ids', id);
    store.audit(user, 'create', 1, String(owner.id), null, ref);
    return ref;
  },

  'references.update': ({ path, body, store, user }) => {
    const ref = requireRef(store, user, path.id);
    const before = structuredClone(ref);
    merge(ref, body, ['id', 'owner', 'target']);
    store.audit(user, 'update', 1, String(ref.owner), before, ref);
    return ref;
  },

  'references.delete': ({ path, store, user }) => {
    // undocumented call: it takes the rights Create Reference needs
    requireAny(user, 'modify-objects', 'manage-objects');
    const ref = requireRef(store, user, path.id);
    delete store.state.refs[ref.id];
    removeFrom(store.state.objects[String(ref.owner)], 'child_ref_ids', ref.id);
    store.audit(user, 'delete', 1, String(ref.owner), ref, null);
  },
});
