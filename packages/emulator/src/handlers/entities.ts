import { requireAny } from '../access.ts';
import { selectFields, writeStat } from '../domain/entity-features.ts';
import type { Kind } from '../domain/entity-kind.ts';
import { refreshManualState, setManualState, setState } from '../domain/entity-state.ts';
import { requireEntity } from '../domain/lookup.ts';
import { handlers } from '../handler.ts';
import type { UserRecord } from '../store/state.ts';
import type { Store } from '../store/store.ts';

/** An object or a link by id (objects win when both exist), with an expired manual state lifted. */
function entity(store: Store, user: UserRecord, id: string | number) {
  const found = requireEntity(store, user, id);
  refreshManualState(store, found.kind, found.record);
  return found;
}

/** The rights the object or link variant of a write call needs. */
function requireWrite(user: UserRecord, kind: Kind) {
  if (kind === 'objects') requireAny(user, 'modify-objects', 'manage-objects');
  else requireAny(user, 'modify-links', 'manage-links');
}

export const entityHandlers = handlers({
  'entities.get': ({ store, user, path, query }) =>
    selectFields(store, user, entity(store, user, path.id).record, query?.fields),

  // Documented with `entityPermissions` only; the object/link variants also need write rights.
  'entities.setManualState': ({ store, user, path, body }) => {
    const { kind, record } = entity(store, user, path.id);
    requireWrite(user, kind);
    return setManualState(store, user, kind, record, body);
  },

  'entities.setState': ({ store, user, path, body }) => {
    const { kind, record } = entity(store, user, path.id);
    requireWrite(user, kind);
    return setState(store, user, kind, record, body.state_id);
  },

  'entities.setStat': ({ store, user, path, body }) => {
    const { kind, record } = entity(store, user, path.id);
    writeStat(store, kind, record, body);
  },
});
