/** References: an object shown inside another one (kept in the owner's `child_ref_ids`). */
import { requireAny } from '../access.ts';
import { merge, requireObject } from '../domain/lookup.ts';
import { badRequest, notFound } from '../errors.ts';
import { handlers } from '../handler.ts';
import { AUDIT_ENTITY } from '../store/audit-entities.ts';
import type { Rec, UserRecord } from '../store/state.ts';
import type { Store } from '../store/store.ts';

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

export const referenceHandlers = handlers({
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
    store.audit(user, 'create', AUDIT_ENTITY.object, String(owner.id), null, ref);
    return ref;
  },

  'references.update': ({ path, body, store, user }) => {
    const ref = requireRef(store, user, path.id);
    const before = structuredClone(ref);
    merge(ref, body, ['id', 'owner', 'target']);
    store.audit(user, 'update', AUDIT_ENTITY.object, String(ref.owner), before, ref);
    return ref;
  },

  'references.delete': ({ path, store, user }) => {
    // undocumented call: it takes the rights Create Reference needs
    requireAny(user, 'modify-objects', 'manage-objects');
    const ref = requireRef(store, user, path.id);
    delete store.state.refs[ref.id];
    removeFrom(store.state.objects[String(ref.owner)], 'child_ref_ids', ref.id);
    store.audit(user, 'delete', AUDIT_ENTITY.object, String(ref.owner), ref, null);
  },
});
