/** Handler factory (serves no section itself): list/get/create/update/delete for plain record collections. */
import { merge, requireRecord } from '../domain/lookup.ts';
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
      const id = given ? String(chosen) : c.store.newId();
      const record: Rec = { ...options.defaults?.(c), ...(c.body ?? {}), id };
      records(c)[id] = record;
      c.store.audit(c.user, 'create', AUDIT_ENTITY.unnamed, id, null, record);
      return record;
    },
    update: (c: Ctx) => {
      const record = requireRecord(records(c), options.what, c.path.id);
      const before = structuredClone(record);
      merge(record, c.body);
      c.store.audit(c.user, 'update', AUDIT_ENTITY.unnamed, record.id, before, record);
      return record;
    },
    delete: (c: Ctx) => {
      const record = requireRecord(records(c), options.what, c.path.id);
      delete records(c)[record.id];
      options.onDelete?.(c, record);
      c.store.audit(c.user, 'delete', AUDIT_ENTITY.unnamed, record.id, record, null);
      return undefined;
    },
  };
}
