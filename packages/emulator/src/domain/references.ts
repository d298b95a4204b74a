/** References: an object shown inside another one (kept in the owner's `child_ref_ids`), audited as the owner's changes. */
import { AUDIT_ENTITY } from '../store/audit-entities.ts';
import type { ObjectRecord, Rec, UserRecord } from '../store/state.ts';
import type { Store } from '../store/store.ts';
import { merge } from './lookup.ts';

function addUnique(object: Rec, field: string, id: string) {
  const list = Array.isArray(object[field]) ? (object[field] as unknown[]).map(String) : [];
  if (!list.includes(id)) list.push(id);
  object[field] = list;
}

function removeFrom(object: Rec | undefined, field: string, id: string) {
  if (object && Array.isArray(object[field]))
    object[field] = (object[field] as unknown[]).filter((v) => String(v) !== id);
}

/** Stores a reference from `owner` to `target` (the body's other fields kept) and lists it in the owner's `child_ref_ids`. */
export function addReference(
  store: Store,
  user: UserRecord,
  owner: ObjectRecord,
  target: ObjectRecord,
  body: Record<string, unknown>,
): Rec {
  const id = store.newId();
  const ref: Rec = { ...body, id, owner: String(owner.id), target: String(target.id) };
  store.state.refs[id] = ref;
  addUnique(owner, 'child_ref_ids', id);
  store.updated(owner);
  store.audit(user, 'create', AUDIT_ENTITY.object, String(owner.id), null, ref);
  return ref;
}

/** Sets a reference's fields (never its id, owner or target). */
export function updateReference(
  store: Store,
  user: UserRecord,
  ref: Rec,
  fields: Record<string, unknown> | undefined,
): Rec {
  const before = structuredClone(ref);
  merge(ref, fields, ['id', 'owner', 'target']);
  store.audit(user, 'update', AUDIT_ENTITY.object, String(ref.owner), before, ref);
  return ref;
}

/** Removes a reference and its entry in the owner's `child_ref_ids`. */
export function removeReference(store: Store, user: UserRecord, ref: Rec): void {
  delete store.state.refs[ref.id];
  const owner = store.state.objects[String(ref.owner)];
  removeFrom(owner, 'child_ref_ids', ref.id);
  store.updated(owner);
  store.audit(user, 'delete', AUDIT_ENTITY.object, String(ref.owner), ref, null);
}
