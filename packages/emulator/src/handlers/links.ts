import { linkListFields } from '@saymon-sdk/core';
import { requireAny } from '../access.ts';
import { parentChains, requireEntityOf, selectFields } from '../domain/entity-features.ts';
import { numeric } from '../domain/entity-parts.ts';
import { ownRules, requireRules } from '../domain/entity-rules.ts';
import { refreshManualState } from '../domain/entity-state.ts';
import { createLink, deleteLink, updateLink } from '../domain/tree.ts';
import { notFound } from '../errors.ts';
import { handlers, Reply } from '../handler.ts';
import type { ObjectRecord, Rec, UserRecord } from '../store/state.ts';
import type { Store } from '../store/store.ts';
import { sharedEntityHandlers } from './entity-factory.ts';

/** Fields of Get All Links when no `fields` are asked for (newest docs). */
export const LINK_LIST_FIELDS: string[] = [...linkListFields];
/** Fields of the objects in a paths answer when no `fields` are asked for. */
const PATH_OBJECT_FIELDS = ['name', 'class_id', 'child_ids', 'child_link_ids', 'parent_id', 'state_id'];
const WRITE = ['modify-links', 'manage-links'];

const link = (store: Store, user: UserRecord, id: string | number) => requireEntityOf(store, user, 'links', id);

/** Both ends of a new link must exist and be visible to the caller. */
function requireEnd(store: Store, user: UserRecord, id: string): Rec {
  const end = store.findObject(id);
  if (!end || !store.canSeeObject(user, String(end.id))) throw notFound('Object', id);
  return end;
}

export const linkHandlers = handlers({
  'links.list': ({ store, user, query }) =>
    Object.values(store.state.links)
      .filter((l) => store.canSeeLink(user, l))
      .map((l) => {
        refreshManualState(store, 'links', l);
        return selectFields(store, user, l, query?.fields, LINK_LIST_FIELDS);
      }),

  'links.get': ({ store, user, path, query }) => selectFields(store, user, link(store, user, path.id), query?.fields),

  'links.create': ({ store, user, body }) => {
    const source = requireEnd(store, user, body.source);
    const target = requireEnd(store, user, body.target);
    return createLink(
      store,
      {
        ...body,
        source: source.id,
        target: target.id,
        ...(body.weight !== undefined && { weight: numeric(body.weight) }),
        ...(body.state_id !== undefined && { state_id: numeric(body.state_id) }),
      },
      user,
    );
  },

  'links.update': ({ store, user, path, body }) => {
    const record = link(store, user, path.id);
    return updateLink(store, user, record, {
      ...body,
      ...(body.weight !== undefined && { weight: numeric(body.weight) }),
    });
  },

  // Inferred call with no documented permissions: the rights its siblings need are checked.
  'links.delete': ({ store, user, path }) => {
    const record = link(store, user, path.id);
    requireAny(user, 'delete-links', 'manage-links');
    deleteLink(store, String(record.id), user);
  },

  'links.paths': ({ store, user, path, query }) => {
    const record = link(store, user, path.id);
    const paths = parentChains(store, String(record.source));
    const objects = [...new Set(paths.flat())]
      .map((id) => store.state.objects[id])
      .filter((o): o is ObjectRecord => !!o && store.canSeeObject(user, String(o.id)))
      .map((o) => selectFields(store, user, o, query?.fields, PATH_OBJECT_FIELDS));
    return { paths, objects };
  },

  'links.stateConditionsExist': ({ store, user, path }) => {
    const record = link(store, user, path.id);
    return (ownRules(store, 'stateConditions', store.key('links', String(record.id)))?.length ?? 0) > 0;
  },

  // A link whose list was emptied answers 200 with no body; one that never had triggers, 404.
  'links.stateTriggers': ({ store, user, path }) => {
    const triggers = requireRules(
      store,
      'stateTriggers',
      'links',
      link(store, user, path.id),
      'State triggers of link',
    );
    return triggers.length === 0 ? Reply.empty() : triggers;
  },

  // Inferred calls with no documented permissions: the rights their siblings need are checked.
  ...sharedEntityHandlers('links', {
    guards: {
      deleteDocument: ['delete-documents', 'manage-documents', 'manage-links'],
      deleteStateConditions: WRITE,
      setStateTriggers: WRITE,
    },
  }),
});
