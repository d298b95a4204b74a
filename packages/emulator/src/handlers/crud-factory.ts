/** Handler factory (serves no section itself): list/get/create/update/delete for plain record collections. */
import { requireRecord } from '../domain/lookup.ts';
import { addRecord, removeRecord, updateRecord } from '../domain/records.ts';
import { conflict } from '../errors.ts';
import { AUDIT_ENTITY } from '../store/audit-entities.ts';
import type { CollectionName, Rec, UserRecord } from '../store/state.ts';
import type { Store } from '../store/store.ts';

/** What the generic record handlers read of a handler's context (any endpoint's context has it). */
export interface Ctx {
  store: Store;
  user: UserRecord | undefined;
}
/** A context whose path names a record. */
export interface RecordCtx extends Ctx {
  path: { id: string | number };
}
/** A context with a body (a record's fields). */
export interface BodyCtx extends Ctx {
  body: object | undefined;
}

export interface CrudOptions {
  /** Name used in 404 messages. */
  what: string;
  /** Fields a new record starts with (before the body's). */
  defaults?: () => Record<string, unknown>;
  /** Whether create keeps an `id` the body chooses when it is free (409 when it is taken). */
  keepsChosenId?: boolean;
  /** Runs after a record is removed (cascade clean-up). */
  onDelete?: (store: Store, record: Rec) => void;
}

/**
 * Handlers for a collection that SAYMON manages as plain records: list, get, create (ids are
 * generated, or kept with `keepsChosenId`), update (fields merged), delete. Every change is written to the audit log.
 */
export function crud(collection: CollectionName, options: CrudOptions) {
  const records = (c: Ctx): Record<string, Rec> => c.store.state[collection];
  return {
    list: (c: Ctx) => Object.values(records(c)),
    get: (c: RecordCtx) => requireRecord(records(c), options.what, c.path.id),
    create: (c: BodyCtx) => {
      const chosen = options.keepsChosenId && c.body && 'id' in c.body ? c.body.id : undefined;
      const given = chosen !== undefined && chosen !== null;
      if (given && records(c)[String(chosen)]) throw conflict(`A record with id ${String(chosen)} already exists.`);
      return addRecord(
        c.store,
        c.user,
        { collection, entity: AUDIT_ENTITY.unnamed, ...(given && { id: String(chosen) }) },
        (id): Rec => ({ ...options.defaults?.(), ...c.body, id }),
      );
    },
    update: (c: RecordCtx & BodyCtx) => {
      const record = requireRecord(records(c), options.what, c.path.id);
      return updateRecord(c.store, c.user, AUDIT_ENTITY.unnamed, record, c.body ?? {});
    },
    delete: (c: RecordCtx) => {
      const record = requireRecord(records(c), options.what, c.path.id);
      removeRecord(c.store, c.user, collection, AUDIT_ENTITY.unnamed, record);
      options.onDelete?.(c.store, record);
      return undefined;
    },
  };
}
