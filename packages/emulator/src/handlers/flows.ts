/** Flows: drawings through objects, owned by an object (the root when none is named). */
import { dropDocumentsOf } from '../domain/cascades.ts';
import { addRecord, removeRecord, updateRecord } from '../domain/records.ts';
import { ROOT_ID } from '../domain/tree.ts';
import { badRequest, notFound } from '../errors.ts';
import { handlers } from '../handler.ts';
import { AUDIT_ENTITY } from '../store/audit-entities.ts';
import type { Rec, UserRecord } from '../store/state.ts';
import type { Store } from '../store/store.ts';

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

export const flowHandlers = handlers({
  'flows.list': ({ store, user }) => Object.values(store.state.flows).filter((flow) => flowVisible(store, user, flow)),

  'flows.get': ({ path, store, user }) => requireFlow(store, user, path.id),

  'flows.create': ({ body, store, user }) => {
    const fields = flowFields(store, user, { owner_id: ROOT_ID, ...(body ?? {}) });
    return addRecord(
      store,
      user,
      { collection: 'flows', entity: AUDIT_ENTITY.flow },
      (id): Rec => ({
        item_ids: [],
        items_ids: [],
        client_data: '{}',
        properties: [],
        ...fields,
        id,
        entityType: AUDIT_ENTITY.flow,
      }),
    );
  },

  'flows.update': ({ path, body, store, user }) => {
    const flow = requireFlow(store, user, path.id);
    updateRecord(store, user, AUDIT_ENTITY.flow, flow, flowFields(store, user, body ?? {}), ['id', 'entityType']);
  },

  'flows.delete': ({ path, store, user }) => {
    const flow = requireFlow(store, user, path.id);
    removeRecord(store, user, 'flows', AUDIT_ENTITY.flow, flow);
    dropDocumentsOf(store, store.key('flows', flow.id));
  },
});
