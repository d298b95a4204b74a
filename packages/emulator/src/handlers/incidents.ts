/**
 * Incidents: the calls. The lifecycle (raise, clear, settle into history)
 * is in `domain/incidents.ts`.
 */

import { acknowledgeIncident, commentIncident, undoClear, undoRemove } from '../domain/incident-actions.ts';
import {
  checkIncidentFilter,
  incidentEntity,
  isUnder,
  matchesIncidentFilter,
  parentPaths,
} from '../domain/incident-filter.ts';
import {
  clearIncident,
  incidentVisible,
  isCleared,
  knownLevel,
  raiseIncident,
  settleIncidents,
} from '../domain/incidents.ts';
import {
  count,
  direction,
  flagValue,
  given,
  jsonQuery,
  matchesDocument,
  page,
  sortBy,
  withoutInternal,
} from '../domain/listing.ts';
import { requireObject } from '../domain/lookup.ts';
import { badRequest, conflict, notFound } from '../errors.ts';
import { type HandlerContext, handlers } from '../handler.ts';
import type { IncidentRecord, UserRecord } from '../store/state.ts';
import type { Store } from '../store/store.ts';

const INTERNAL = ['_archived'];

/** The answer form of an incident: bookkeeping stripped, the owner embedded on request. */
function present(store: Store, incident: IncidentRecord, withOwner: boolean): IncidentRecord {
  const out = withoutInternal(incident, INTERNAL);
  if (!withOwner) return out;
  const entity = incidentEntity(store, incident);
  if (entity) {
    const record = entity.record;
    out.owner = {
      ...record,
      _id: record.id,
      ...(entity.kind === 'objects' ? { _parents: parentPaths(store, record) } : {}),
    };
  }
  return out;
}

/** An active incident the user may see; 404 otherwise. */
function requireIncident(store: Store, user: UserRecord, id: string | number): IncidentRecord {
  settleIncidents(store);
  const incident = store.state.incidents[String(id)];
  if (!incident || incident._archived || !incidentVisible(store, user, incidentEntity(store, incident)))
    throw notFound('Incident', id);
  return incident;
}

interface ListQuery {
  filter?: string;
  limit?: number | string;
  skip?: number | string;
  owner?: boolean | string;
  sortField?: string;
  sortDirection?: string;
  parentFilter?: string | number;
  ownerFilter?: string;
  inverse?: boolean | string;
}

/** The incidents (active or archived) a user may see that pass a list query's filters. */
function select(store: Store, user: UserRecord, archived: boolean, query: ListQuery | undefined): IncidentRecord[] {
  settleIncidents(store);
  const filter = jsonQuery(query?.filter, 'filter');
  const ownerFilter = jsonQuery(query?.ownerFilter, 'ownerFilter');
  const parent = query?.parentFilter === undefined ? undefined : String(query.parentFilter);
  if (parent !== undefined && !store.state.objects[parent]) throw notFound('Object', parent);
  checkIncidentFilter(store, filter);
  return Object.values(store.state.incidents).filter((incident) => {
    if (Boolean(incident._archived) !== archived) return false;
    const entity = incidentEntity(store, incident);
    if (!incidentVisible(store, user, entity) || !entity) return false;
    if (parent !== undefined && !isUnder(store, entity, parent)) return false;
    if (ownerFilter !== undefined && !matchesDocument(entity.record, ownerFilter)) return false;
    return matchesIncidentFilter(store, incident, filter);
  });
}

function listAnswer(store: Store, list: IncidentRecord[], query: ListQuery | undefined, fallback: 'asc' | 'desc') {
  const field = query?.sortField || 'timestamp';
  const sorted = sortBy(list, field, direction(query?.sortDirection, query?.sortField ? 'asc' : fallback));
  const paged = page(sorted, count(query?.skip, 'skip'), count(query?.limit, 'limit'));
  const withOwner = flagValue(query?.owner) === true;
  return paged.map((incident) => present(store, incident, withOwner));
}

function bulk(c: HandlerContext<unknown>, remove: boolean) {
  const body = c.body as { search?: { filter?: unknown } | null } | undefined;
  checkIncidentFilter(c.store, body?.search?.filter ?? undefined);
  for (const incident of select(c.store, c.user, false, {})) {
    if (!matchesIncidentFilter(c.store, incident, body?.search?.filter ?? undefined)) continue;
    if (!remove && isCleared(incident)) continue;
    clearIncident(c.store, c.user, incident, remove);
  }
  return undefined;
}

export const incidentHandlers = handlers({
  'incidents.list': ({ store, user, query }) => listAnswer(store, select(store, user, false, query), query, 'desc'),
  'incidents.history': ({ store, user, query }) =>
    listAnswer(store, select(store, user, true, query), query, flagValue(query?.inverse) ? 'desc' : 'asc'),
  'incidents.get': ({ store, user, path }) => present(store, requireIncident(store, user, path.id), false),
  'incidents.create': ({ store, user, body }) => {
    if (body.entityId === undefined || body.entityId === null || body.entityId === '')
      throw badRequest('Mandatory "entityId" parameter is absent/empty.');
    let entityType = body.entityType === undefined || body.entityType === null ? undefined : Number(body.entityType);
    if (entityType !== undefined && entityType !== 1 && entityType !== 2)
      throw badRequest(`Invalid entityType: ${String(body.entityType)} (1 object, 2 link)`);
    if (entityType !== 2 && store.findObject(String(body.entityId))) {
      const object = requireObject(store, user, String(body.entityId));
      body.entityId = String(object.id);
      entityType = 1;
    } else {
      const link = store.state.links[String(body.entityId)];
      if (!link || entityType === 1 || !store.canSeeLink(user, link)) throw notFound('Entity', String(body.entityId));
      entityType = 2;
    }
    if (body.state !== undefined && body.state !== null && !knownLevel(store, body.state))
      throw badRequest(`Unknown incident level: ${String(body.state)}`);
    if (body.id !== undefined && body.id !== null && store.state.incidents[String(body.id)])
      throw conflict(`Incident ${String(body.id)} already exists`);
    // null fields are left out, and counts may come as numeric text: an incident answers numbers
    const { count, commentsCount, reason, ...fields } = given(body);
    const asAnswered = {
      ...(reason && { reason: given(reason) }),
      ...(count !== undefined && { count: Number(count) }),
      ...(commentsCount !== undefined && { commentsCount: Number(commentsCount) }),
    };
    return present(
      store,
      raiseIncident(store, { ...fields, ...asAnswered, entityId: body.entityId, entityType }, user),
      false,
    );
  },
  'incidents.acknowledge': ({ store, user, path }) => {
    const incident = requireIncident(store, user, path.id);
    acknowledgeIncident(store, user, incident, true);
    return undefined;
  },
  'incidents.unacknowledge': ({ store, user, path }) => {
    const incident = requireIncident(store, user, path.id);
    acknowledgeIncident(store, user, incident, false);
    return undefined;
  },
  'incidents.comment': ({ store, user, path, body }) => {
    const incident = requireIncident(store, user, path.id);
    if (body.trim() === '') throw badRequest('The comment is empty.');
    commentIncident(store, user, incident, body);
    return undefined;
  },
  'incidents.clear': ({ store, user, path }) => {
    clearIncident(store, user, requireIncident(store, user, path.id), false);
    return undefined;
  },
  'incidents.clearRemove': ({ store, user, path }) => {
    clearIncident(store, user, requireIncident(store, user, path.id), true);
    return undefined;
  },
  'incidents.clearAll': (c) => bulk(c as HandlerContext<unknown>, false),
  'incidents.clearRemoveAll': (c) => bulk(c as HandlerContext<unknown>, true),
  'incidents.undoClear': ({ store, user, path }) => {
    const incident = requireIncident(store, user, path.id);
    if (!isCleared(incident)) throw badRequest(`Incident ${path.id} is not cleared`);
    undoClear(store, incident);
    return undefined;
  },
  'incidents.undoRemove': ({ store, user, path }) => {
    const incident = requireIncident(store, user, path.id);
    if (!incident.removed) throw badRequest(`Incident ${path.id} is not marked for removal`);
    undoRemove(store, incident);
    return undefined;
  },
});
