/** References: an object shown inside another one (kept in the owner's `child_ref_ids`). */
import { requireAny } from '../access.ts';
import { requireObject } from '../domain/lookup.ts';
import { addReference, removeReference, updateReference } from '../domain/references.ts';
import { badRequest, notFound } from '../errors.ts';
import { handlers } from '../handler.ts';
import type { Rec, UserRecord } from '../store/state.ts';
import type { Store } from '../store/store.ts';

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
    return addReference(store, user, owner, target, body);
  },

  'references.update': ({ path, body, store, user }) => {
    const ref = requireRef(store, user, path.id);
    return updateReference(store, user, ref, body);
  },

  'references.delete': ({ path, store, user }) => {
    // undocumented call: it takes the rights Create Reference needs
    requireAny(user, 'modify-objects', 'manage-objects');
    const ref = requireRef(store, user, path.id);
    removeReference(store, user, ref);
  },
});
