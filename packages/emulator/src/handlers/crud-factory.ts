/** Handler factory (serves no section itself): list/get/create/update/delete for plain record collections. */
import { requireRecord } from '../domain/lookup.ts';
import { addRecord, removeRecord, updateRecord } from '../domain/records.ts';
import { conflict } from '../errors.ts';
import type { HandlerContext } from '../handler.ts';
import { AUDIT_ENTITY } from '../store/audit-entities.ts';
import type { CollectionName, Rec } from '../store/state.ts';

/** The part of a handler context generic record handlers use. */
export type Ctx = Omit<HandlerContext<unknown>, 'path' | 'body'> & {
  path: { id: string | number };
  body: Record<string, unknown> | undefined;
};

/** A handler's context as the generic handlers take it (their typed answers are the records they return). */
export const asCtx = (c: unknown) => c as Ctx;

export interface CrudOptions {
  /** Name used in 404 messages. */
  what: string;
  /** Fields a new record starts with (before the body's). */
  defaults?: (context: Ctx) => Record<string, unknown>;
  /** Whether create keeps an `id` the body chooses when it is free (409 when it is taken). */
  keepsChosenId?: boolean;
  /** Runs after a record is removed (cascade clean-up). */
  onDelete?: (context: Ctx, record: Rec) => void;
}

/**
 * Handlers for a collection that SAYMON manages as plain records: list, get, create (ids are
 * generated, or kept with `keepsChosenId`), update (fields merged), delete. Every change is written to the audit log.
 */
export function crud(collection: CollectionName, options: CrudOptions) {
  const records = (c: Ctx) => c.store.state[collection] as Record<string, Rec>;
  return {
    list: (c: Ctx) => Object.values(records(c)),
    get: (c: Ctx) => requireRecord(records(c), options.what, c.path.id),
    create: (c: Ctx) => {
      const chosen = options.keepsChosenId ? c.body?.id : undefined;
      const given = chosen !== undefined && chosen !== null;
      if (given && records(c)[String(chosen)]) throw conflict(`A record with id ${String(chosen)} already exists.`);
      return addRecord(
        c.store,
        c.user,
        { collection, entity: AUDIT_ENTITY.unnamed, ...(given && { id: String(chosen) }) },
        (id): Rec => ({ ...options.defaults?.(c), ...(c.body ?? {}), id }),
      );
    },
    update: (c: Ctx) => {
      const record = requireRecord(records(c), options.what, c.path.id);
      return updateRecord(c.store, c.user, AUDIT_ENTITY.unnamed, record, c.body ?? {});
    },
    delete: (c: Ctx) => {
      const record = requireRecord(records(c), options.what, c.path.id);
      removeRecord(c.store, c.user, collection, AUDIT_ENTITY.unnamed, record);
      options.onDelete?.(c, record);
      return undefined;
    },
  };
}
