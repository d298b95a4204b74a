/**
 * Incidents and incident levels. An incident lives in `state.incidents` from the moment it is
 * raised; once cleared it stays in the active list for the server's `incident_timeout`
 * (configuration `server.incident_timeout`, 60 s by default), during which Undo Clear and
 * Undo Remove work. Then it moves to incident history (kept with `_archived`), or is dropped
 * when it was cleared with Clear and Remove.
 */

import {
  count,
  direction,
  flagValue,
  jsonQuery,
  matchesDocument,
  page,
  sortBy,
  withoutInternal,
} from '../domain/listing.ts';
import { requireObject } from '../domain/lookup.ts';
import { badRequest, conflict, forbidden, notFound } from '../errors.ts';
import { type HandlerContext, handlers } from '../handler.ts';
import type { Rec, UserRecord } from '../state.ts';
import type { Store } from '../store.ts';
import {
  checkIncidentFilter,
  type IncidentEntity,
  incidentEntity,
  isUnder,
  matchesIncidentFilter,
  parentPaths,
} from './incident-filter.ts';

/** Incident levels every server has: 1 Alarm, 2 Warning, 3 Cleared, 4 Major. */
export const BUILT_IN_LEVELS = ['1', '2', '3', '4'];
export const CLEARED = 3;
export const isCleared = (incident: Rec) => String(incident.state) === String(CLEARED);
/** Event log type the emulator uses for incident changes (1 and 2 are SNMP traps and MQTT messages). */
export const INCIDENT_EVENT = 3;
const DEFAULT_TIMEOUT = 60_000;
const INTERNAL = ['_archived'];

function timeout(store: Store): number {
  const server = store.state.configuration.server as Record<string, unknown> | undefined;
  const value = Number(server?.incident_timeout ?? store.state.configuration.incident_timeout);
  return Number.isFinite(value) && value >= 0 ? value : DEFAULT_TIMEOUT;
}

/** Moves cleared incidents whose timeout has passed to history (or drops the removed ones). */
export function settleIncidents(store: Store) {
  const now = store.now();
  const wait = timeout(store);
  for (const [id, incident] of Object.entries(store.state.incidents)) {
    if (incident._archived || !isCleared(incident)) continue;
    if (Number(incident.clearTimestamp ?? now) + wait > now) continue;
    if (incident.removed) delete store.state.incidents[id];
    else incident._archived = true;
  }
}

function visible(store: Store, user: UserRecord, entity: IncidentEntity | undefined): boolean {
  if (!entity) return false;
  return entity.kind === 'objects'
    ? store.canSeeObject(user, String(entity.record.id))
    : store.canSeeLink(user, entity.record);
}

function entityRef(entity: IncidentEntity | undefined, incident: Rec) {
  return {
    entityId: String(incident.entityId),
    entityName: String(entity?.record.name ?? ''),
    entityType: entity?.kind === 'links' ? 2 : 1,
  };
}

/** The answer form of an incident: bookkeeping stripped, the owner embedded on request. */
function present(store: Store, incident: Rec, withOwner: boolean): Rec {
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
function requireIncident(store: Store, user: UserRecord, id: string | number): Rec {
  settleIncidents(store);
  const incident = store.state.incidents[String(id)];
  if (!incident || incident._archived || !visible(store, user, incidentEntity(store, incident)))
    throw notFound('Incident', id);
  return incident;
}

function record(store: Store, incident: Rec, text: string, level = 'info') {
  store.event(
    INCIDENT_EVENT,
    entityRef(incidentEntity(store, incident), incident),
    { incidentId: incident.id, state: incident.state, text },
    level,
  );
}

/** Clears an incident (state 3, `clearTimestamp`; with `remove`, marks it removed too). */
export function clearIncident(store: Store, user: UserRecord | undefined, incident: Rec, remove: boolean) {
  const before = structuredClone(incident);
  if (!isCleared(incident)) {
    incident.lastState = incident.state;
    incident.state = CLEARED;
    incident.clearTimestamp = store.now();
  }
  if (remove && !incident.removed) incident.removed = { userId: user?.id ?? null, timestamp: store.now() };
  store.audit(user, remove ? 'clear-remove' : 'clear', 0, String(incident.id), before, incident);
  record(store, incident, remove ? 'Incident cleared and removed' : 'Incident cleared');
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
function select(store: Store, user: UserRecord, archived: boolean, query: ListQuery | undefined): Rec[] {
  settleIncidents(store);
  const filter = jsonQuery(query?.filter, 'filter');
  const ownerFilter = jsonQuery(query?.ownerFilter, 'ownerFilter');
  const parent = query?.parentFilter === undefined ? undefined : String(query.parentFilter);
  if (parent !== undefined && !store.state.objects[parent]) throw notFound('Object', parent);
  checkIncidentFilter(store, filter);
  return Object.values(store.state.incidents).filter((incident) => {
    if (Boolean(incident._archived) !== archived) return false;
    const entity = incidentEntity(store, incident);
    if (!visible(store, user, entity) || !entity) return false;
    if (parent !== undefined && !isUnder(store, entity, parent)) return false;
    if (ownerFilter !== undefined && !matchesDocument(entity.record, ownerFilter)) return false;
    return matchesIncidentFilter(store, incident, filter);
  });
}

function listAnswer(store: Store, list: Rec[], query: ListQuery | undefined, fallback: 'asc' | 'desc') {
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

const knownLevel = (store: Store, id: unknown) =>
  BUILT_IN_LEVELS.includes(String(id)) || store.state.incidentLevels[String(id)] !== undefined;

/** Raises an incident (or counts a repeat of an active one with the same entity, type and text). */
export function raiseIncident(store: Store, fields: Record<string, unknown>, user?: UserRecord): Rec {
  settleIncidents(store);
  const now = store.now();
  const repeat = Object.values(store.state.incidents).find(
    (i) =>
      !i._archived &&
      !isCleared(i) &&
      String(i.entityId) === String(fields.entityId) &&
      String(i.type) === String(fields.type ?? 2) &&
      (i.text ?? null) === (fields.text ?? null) &&
      (i.branchId ?? null) === (fields.branchId ?? null),
  );
  if (repeat && fields.id === undefined) {
    repeat.count = Number(repeat.count ?? 1) + 1;
    repeat.localTimestamp = fields.localTimestamp ?? now;
    if (fields.state !== undefined) repeat.state = fields.state;
    record(store, repeat, 'Incident repeated', 'warning');
    return repeat;
  }
  const id = String(fields.id ?? store.newId());
  const stat =
    store.state.stat[store.key(String(fields.entityType) === '2' ? 'links' : 'objects', String(fields.entityId))];
  const incident: Rec = {
    type: 2,
    state: 1,
    text: '',
    timestamp: now,
    localTimestamp: now,
    count: 1,
    commentsCount: 0,
    properties: [],
    ...(stat?.payload ? { data: JSON.stringify(stat.payload) } : {}),
    ...fields,
    id,
  };
  store.state.incidents[id] = incident;
  store.audit(user, 'create', 0, id, null, incident);
  record(store, incident, `Incident raised: ${String(incident.text ?? '')}`, 'warning');
  return incident;
}

function requireManage(user: UserRecord) {
  if (!user.permissions.includes('manage-configuration')) throw forbidden('manage-configuration');
}

function recalcPriorities(store: Store) {
  const levels = sortBy(Object.values(store.state.incidentLevels), 'priority');
  levels.forEach((level, index) => {
    level.priority = index;
  });
}

export const incidentHandlers = handlers({
  'incidentLevels.list': ({ store }) => Object.values(store.state.incidentLevels),
  'incidentLevels.create': ({ store, user, body }) => {
    if (!body.name) throw badRequest('Mandatory "name" parameter is absent/empty.');
    const id = store.newId();
    const priority =
      Math.max(-1, ...Object.values(store.state.incidentLevels).map((l) => Number(l.priority ?? -1))) + 1;
    const level: Rec = { priority, ui: { colors: { main: '#808080' } }, ...body, id };
    store.state.incidentLevels[id] = level;
    store.audit(user, 'create', 0, id, null, level);
    return level;
  },
  'incidentLevels.update': ({ store, user, path, query, body }) => {
    const level = store.state.incidentLevels[String(path.id)];
    if (!level) throw notFound('Incident level', path.id);
    const before = structuredClone(level);
    const { ui, ...rest } = body;
    Object.assign(level, Object.fromEntries(Object.entries(rest).filter(([k, v]) => k !== 'id' && v !== undefined)));
    if (ui !== undefined) {
      const old = (level.ui ?? {}) as { colors?: Record<string, unknown> };
      level.ui = ui === null ? null : { ...old, ...ui, colors: { ...old.colors, ...(ui.colors ?? {}) } };
    }
    if (query?.recalcPriority !== undefined && Number(query.recalcPriority) !== 0) recalcPriorities(store);
    store.audit(user, 'update', 0, String(level.id), before, level);
    return level;
  },
  'incidentLevels.delete': ({ store, user, path }) => {
    requireManage(user);
    const level = store.state.incidentLevels[String(path.id)];
    if (!level) throw notFound('Incident level', path.id);
    if (BUILT_IN_LEVELS.includes(String(level.id)))
      throw badRequest(`Incident level ${path.id} is built in and cannot be deleted`);
    const used = Object.values(store.state.incidents).some(
      (i) => !i._archived && (String(i.state) === String(level.id) || String(i.lastState) === String(level.id)),
    );
    if (used) throw conflict(`Incident level ${path.id} is used by active incidents`);
    delete store.state.incidentLevels[String(level.id)];
    store.audit(user, 'delete', 0, String(level.id), level, null);
    return undefined;
  },

  'incidents.list': ({ store, user, query }) =>
    listAnswer(store, select(store, user, false, query), query, 'desc') as never,
  'incidents.history': ({ store, user, query }) =>
    listAnswer(store, select(store, user, true, query), query, flagValue(query?.inverse) ? 'desc' : 'asc') as never,
  'incidents.get': ({ store, user, path }) => present(store, requireIncident(store, user, path.id), false) as never,
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
    const fields = Object.fromEntries(Object.entries(body).filter(([, v]) => v !== undefined && v !== null));
    return present(store, raiseIncident(store, { ...fields, entityType }, user), false) as never;
  },
  'incidents.acknowledge': ({ store, user, path }) => {
    const incident = requireIncident(store, user, path.id);
    incident.acknowledgedBy = user.id;
    incident.acknowledgementTimestamp = store.now();
    record(store, incident, `Incident acknowledged by ${user.login}`);
    return undefined;
  },
  'incidents.unacknowledge': ({ store, user, path }) => {
    const incident = requireIncident(store, user, path.id);
    incident.acknowledgedBy = null;
    incident.acknowledgementTimestamp = null;
    record(store, incident, `Incident acknowledgement withdrawn by ${user.login}`);
    return undefined;
  },
  'incidents.comment': ({ store, user, path, body }) => {
    const incident = requireIncident(store, user, path.id);
    if (body.trim() === '') throw badRequest('The comment is empty.');
    incident.comment = body;
    incident.commentedBy = user.id;
    incident.commentTimestamp = store.now();
    incident.commentsCount = Number(incident.commentsCount ?? 0) + 1;
    record(store, incident, `Incident commented by ${user.login}`);
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
    incident.state = incident.lastState ?? 1;
    incident.clearTimestamp = null;
    record(store, incident, 'Incident clear undone', 'warning');
    return undefined;
  },
  'incidents.undoRemove': ({ store, user, path }) => {
    const incident = requireIncident(store, user, path.id);
    if (!incident.removed) throw badRequest(`Incident ${path.id} is not marked for removal`);
    delete incident.removed;
    record(store, incident, 'Incident removal undone');
    return undefined;
  },
});
