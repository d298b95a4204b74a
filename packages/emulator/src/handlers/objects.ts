import { objectListFields } from '@saymon-sdk/core';
import { cloneInBackground } from '../domain/bulks.ts';
import { parentChains, requireEntityOf, selectFields } from '../domain/entity-features.ts';
import { numeric } from '../domain/entity-parts.ts';
import { effectiveRules } from '../domain/entity-rules.ts';
import { refreshManualState } from '../domain/entity-state.ts';
import { matches } from '../domain/object-search.ts';
import { checkParents, cloneObject, createObject, deleteObject, updateObject } from '../domain/tree.ts';
import { notFound } from '../errors.ts';
import { handlers } from '../handler.ts';
import type { ObjectRecord, UserRecord } from '../store/state.ts';
import type { Store } from '../store/store.ts';
import { sharedEntityHandlers } from './entity-factory.ts';

/** Fields of Get All Objects when no `fields` are asked for: the core's list (newest docs). */
export const OBJECT_LIST_FIELDS: string[] = [...objectListFields];
/** Fields of the objects in a paths answer when no `fields` are asked for. */
const PATH_OBJECT_FIELDS = [
  'name',
  'class_id',
  'child_ids',
  'child_link_ids',
  'child_ref_ids',
  'parent_id',
  'geoposition',
  'geopositionRadius',
  'state_id',
  'last_state_update',
];

const object = (store: Store, user: UserRecord, id: string | number) => requireEntityOf(store, user, 'objects', id);

function visibleObjects(store: Store, user: UserRecord): ObjectRecord[] {
  return Object.values(store.state.objects).filter((o) => {
    if (!store.canSeeObject(user, String(o.id))) return false;
    refreshManualState(store, 'objects', o);
    return true;
  });
}

/** Brings body values to the types real servers store (numeric weight). */
export function normalizeFields(body: Record<string, unknown>): Record<string, unknown> {
  const out = { ...body };
  if (out.weight !== undefined) out.weight = numeric(out.weight);
  if (out.state_id !== undefined) out.state_id = numeric(out.state_id);
  return out;
}

function withoutClientData(record: ObjectRecord) {
  const { client_data: _clientData, ...rest } = record;
  return rest;
}

export const objectHandlers = handlers({
  'objects.list': ({ store, user, query }) =>
    visibleObjects(store, user).map((o) => selectFields(store, user, o, query?.fields, OBJECT_LIST_FIELDS)),

  'objects.get': ({ store, user, path, query }) =>
    selectFields(store, user, object(store, user, path.id), query?.fields),

  'objects.create': ({ store, user, body }) => {
    checkParents(store, user, body.parent_id);
    if (body.discovery_id !== undefined) {
      const existing = store.findObject(String(body.discovery_id));
      if (existing && !store.canSeeObject(user, String(existing.id)))
        throw notFound('Object', String(body.discovery_id));
    }
    return createObject(store, normalizeFields(body), user);
  },

  'objects.update': ({ store, user, path, body }) => {
    const record = object(store, user, path.id);
    return updateObject(store, record, normalizeFields(body), user);
  },

  'objects.delete': ({ store, user, path }) => {
    deleteObject(store, String(object(store, user, path.id).id), user);
  },

  'objects.children': ({ store, user, path }) => {
    const parent = object(store, user, path.id);
    const ids = (parent.child_ids as string[] | undefined) ?? [];
    return ids
      .map((id) => store.state.objects[id])
      .filter((o): o is ObjectRecord => !!o && store.canSeeObject(user, String(o.id)))
      .map((o) => {
        refreshManualState(store, 'objects', o);
        return o;
      });
  },

  'objects.childLinks': ({ store, user, path }) => {
    const parent = object(store, user, path.id);
    const children = new Set(((parent.child_ids as string[] | undefined) ?? []).map(String));
    const listed = new Set(((parent.child_link_ids as string[] | undefined) ?? []).map(String));
    return Object.values(store.state.links).filter(
      (link) =>
        (listed.has(String(link.id)) || (children.has(String(link.source)) && children.has(String(link.target)))) &&
        store.canSeeLink(user, link),
    );
  },

  'objects.paths': ({ store, user, path, query }) => {
    const start = object(store, user, path.id);
    const paths = parentChains(store, String(start.id));
    const ids = [...new Set(paths.flat())];
    const objects = ids
      .map((id) => store.state.objects[id])
      .filter((o): o is ObjectRecord => !!o && store.canSeeObject(user, String(o.id)))
      .map((o) => selectFields(store, user, o, query?.fields, PATH_OBJECT_FIELDS));
    return { paths, objects };
  },

  'objects.clone': ({ store, user, path }) => cloneObject(store, String(object(store, user, path.id).id), user),

  'objects.cloneInBackground': ({ store, user, path }) => {
    const bulkId = cloneInBackground(store, user, String(object(store, user, path.id).id));
    // the copy is already made; like a real server's first answer, the reply says "not finished"
    return { bulkId, finished: false };
  },

  'objects.search': ({ store, user, body }) => {
    const criteria = (body.search ?? {}) as Record<string, unknown>;
    const includeClientData = body.options?.includeClientData === true || body.options?.includeClientData === 'true';
    return visibleObjects(store, user)
      .filter((o) => matches(o, criteria))
      .map((o) => (includeClientData ? o : withoutClientData(o)));
  },

  'objects.properties': ({ store, user, path }) => object(store, user, path.id).properties,

  'objects.stateTriggers': ({ store, user, path }) =>
    effectiveRules(store, 'stateTriggers', 'objects', object(store, user, path.id)),

  ...sharedEntityHandlers('objects'),
});
