/**
 * States, state history (the deprecated list and the log), the event log, history annotations
 * and the block log of the rate limiter.
 */

import { requireManage } from '../access.ts';
import { entityTypeOf, type Kind } from '../domain/entity-kind.ts';
import { parseTime } from '../domain/history.ts';
import { count, direction, flagValue, jsonQuery, matchesDocument, page, sortBy, valuesOf } from '../domain/listing.ts';
import { badRequest, conflict, missingParameter, notFound } from '../errors.ts';
import { handlers } from '../handler.ts';
import type { Rec, UserRecord } from '../store/state.ts';
import type { Store } from '../store/store.ts';

/** States every server has: 1 Created, 3 Working, 4 Overloaded, 5 Alarm, 6 Stopped, 7 No data, 8 Down, 9 Disabled. */
export const BUILT_IN_STATES = ['1', '3', '4', '5', '6', '7', '8', '9'];
/** Widest window the class and tag filters of the state history log accept. */
const MAX_FILTER_WINDOW = 31 * 86_400_000;

type Colors = Record<string, unknown>;
function mergeUi(old: unknown, next: { colors?: Colors | null } | null | undefined) {
  if (next === undefined) return old;
  if (next === null) return null;
  const previous = (old ?? {}) as { colors?: Colors };
  return { ...previous, ...next, colors: { ...previous.colors, ...(next.colors ?? {}) } };
}

function defined(body: Record<string, unknown>, skip: string[]) {
  return Object.fromEntries(Object.entries(body).filter(([k, v]) => v !== undefined && !skip.includes(k)));
}

// ---- state history ----

/** Records a state change of an object or link (what the state history calls read). */
export function pushStateHistory(
  store: Store,
  kind: Kind,
  entity: Rec,
  stateId: unknown,
  extra: Record<string, unknown> = {},
): Rec {
  const entry: Rec = {
    id: store.newId(),
    entityId: String(entity.id),
    entityType: entityTypeOf(kind),
    stateId: stateId as string,
    timestamp: store.now(),
    ...extra,
  };
  store.state.stateHistory.push(entry);
  return entry;
}

interface HistoryEntry {
  entry: Rec;
  entity: Rec;
}

/** State history entries of entities that still exist and the user may see, with the entity. */
function visibleHistory(store: Store, user: UserRecord): HistoryEntry[] {
  const out: HistoryEntry[] = [];
  for (const entry of store.state.stateHistory) {
    const id = String(entry.entityId);
    if (String(entry.entityType) === '2') {
      const link = store.state.links[id];
      if (link && store.canSeeLink(user, link)) out.push({ entry, entity: link });
    } else {
      const object = store.state.objects[id];
      if (object && store.canSeeObject(user, id)) out.push({ entry, entity: object });
    }
  }
  return out;
}

function window(store: Store, query: { from?: unknown; to?: unknown } | undefined) {
  const now = store.now();
  return { from: parseTime(query?.from, now, 'from'), to: parseTime(query?.to, now, 'to') };
}

function inWindow(timestamp: unknown, range: { from?: number; to?: number }) {
  const t = Number(timestamp);
  return (range.from === undefined || t >= range.from) && (range.to === undefined || t <= range.to);
}

function presentHistory({ entry, entity }: HistoryEntry, skip: number): Rec {
  return {
    ...entry,
    entityType: Number(entry.entityType ?? 1),
    entityName: entry.entityName ?? (entity.name as string | undefined) ?? '',
    entityClass: entry.entityClass ?? (entity.class_id as string | undefined),
    skip,
  };
}

/** Newest first unless `oldestFirst`. */
function byTime(list: HistoryEntry[], oldestFirst: boolean) {
  return sortBy(list, 'entry.timestamp', oldestFirst ? 'asc' : 'desc');
}

// ---- event log and limits ----

function blockTtl(store: Store, record: Rec): number {
  const ttl = Number(record.ttl ?? 0);
  const elapsed = (store.now() - Number(record.timestamp ?? store.now())) / 1000;
  return Math.max(0, Math.round(ttl - elapsed));
}

const filled = (value: unknown) => value !== undefined && value !== null && value !== '';

export const monitoringHandlers = handlers({
  'states.list': ({ store }) => Object.values(store.state.states),
  'states.create': ({ store, user, body }) => {
    if (!body.name) throw missingParameter('name');
    const id = body.id === undefined || body.id === null ? store.newId() : String(body.id);
    if (store.state.states[id]) throw conflict(`State ${id} already exists`);
    const state: Rec = {
      ...defined(body, ['id', 'ui']),
      priority: body.priority ?? 0,
      ui: mergeUi({ colors: { main: 'rgb(40 173 250)' } }, body.ui ?? undefined),
      id,
    };
    store.state.states[id] = state;
    store.audit(user, 'create', 0, id, null, state);
    return state;
  },
  'states.update': ({ store, user, path, body }) => {
    requireManage(user);
    const state = store.state.states[String(path.id)];
    if (!state) throw notFound('State', path.id);
    const before = structuredClone(state);
    Object.assign(state, defined(body, ['id', 'ui']));
    if (body.ui !== undefined) state.ui = mergeUi(state.ui, body.ui);
    store.audit(user, 'update', 0, String(state.id), before, state);
    return state;
  },
  'states.delete': ({ store, user, path }) => {
    requireManage(user);
    const state = store.state.states[String(path.id)];
    if (!state) throw notFound('State', path.id);
    if (BUILT_IN_STATES.includes(String(state.id)))
      throw badRequest(`State ${path.id} is built in and cannot be deleted`);
    const users = [...Object.values(store.state.objects), ...Object.values(store.state.links)].filter(
      (e) => String(e.state_id) === String(state.id),
    );
    if (users.length > 0) throw conflict(`State ${path.id} is held by ${users.length} object(s) or link(s)`);
    delete store.state.states[String(state.id)];
    store.audit(user, 'delete', 0, String(state.id), state, null);
    return undefined;
  },

  'stateHistory.list': ({ store, user, query }) => {
    const range = window(store, query);
    const skip = count(query?.skip, 'skip') ?? 0;
    const limit = count(query?.limit, 'limit') ?? 10;
    const list = byTime(
      visibleHistory(store, user).filter(({ entry }) => inWindow(entry.timestamp, range)),
      false,
    );
    return page(list, skip, limit).map((item, i) => presentHistory(item, skip + i));
  },
  'stateHistory.log': ({ store, user, query }) => {
    const range = window(store, query);
    const classIds = valuesOf(query?.classId);
    const tagIds = valuesOf(query?.tagId);
    if (classIds.length > 0 || tagIds.length > 0) {
      if (range.from === undefined) throw badRequest('Filtering by class or tag needs a time window ("from" and "to")');
      if ((range.to ?? store.now()) - range.from > MAX_FILTER_WINDOW)
        throw badRequest('Filtering by class or tag needs a time window of at most 31 days');
    }
    const stateIds = valuesOf(query?.stateId);
    const entityIds = valuesOf(query?.entityId);
    const type = query?.entityType === undefined ? undefined : String(query.entityType);
    const name = query?.entityName?.toLowerCase();
    let list = visibleHistory(store, user).filter(({ entry, entity }) => {
      if (!inWindow(entry.timestamp, range)) return false;
      if (stateIds.length > 0 && !stateIds.includes(String(entry.stateId))) return false;
      if (entityIds.length > 0 && !entityIds.includes(String(entry.entityId))) return false;
      if (type !== undefined && String(entry.entityType ?? 1) !== type) return false;
      if (classIds.length > 0 && !classIds.includes(String(entity.class_id))) return false;
      if (tagIds.length > 0 && !valuesOf(entity.tags).some((t) => tagIds.includes(t))) return false;
      return (
        name === undefined ||
        String(entity.name ?? '')
          .toLowerCase()
          .includes(name)
      );
    });
    if (flagValue(query?.downsample)) {
      // drop records that repeat the previous state of the same entity
      const last = new Map<string, string>();
      list = byTime(list, true).filter(({ entry }) => {
        const key = `${entry.entityType ?? 1}:${entry.entityId}`;
        const repeat = last.get(key) === String(entry.stateId);
        last.set(key, String(entry.stateId));
        return !repeat;
      });
    }
    const skip = count(query?.skip, 'skip') ?? 0;
    const ordered = byTime(list, flagValue(query?.inverse) === true);
    return page(ordered, skip, count(query?.limit, 'limit')).map((item, i) => presentHistory(item, skip + i));
  },

  'eventLog.list': ({ store, user, query }) => {
    const range = window(store, query);
    const filter = jsonQuery(query?.filter, 'filter');
    const type = query?.type === undefined ? undefined : String(query.type);
    const entries = store.state.eventLog.filter((entry) => {
      if (!inWindow(entry.timestamp, range)) return false;
      if (type !== undefined && String(entry.type) !== type) return false;
      const entity = entry.entity as { entityId?: unknown; entityType?: unknown } | null | undefined;
      if (entity?.entityId !== undefined) {
        const id = String(entity.entityId);
        if (String(entity.entityType) === '2') {
          const link = store.state.links[id];
          if (link && !store.canSeeLink(user, link)) return false;
        } else if (store.state.objects[id] && !store.canSeeObject(user, id)) return false;
      }
      return matchesDocument(entry, filter);
    });
    let sorted = sortBy(entries, query?.sortField || 'timestamp', direction(query?.sortDirection, 'asc'));
    if (flagValue(query?.inverse)) sorted = sorted.reverse();
    const skip = count(query?.skip, 'skip') ?? 0;
    return page(sorted, skip, count(query?.limit, 'limit')).map((entry, i) => ({
      ...entry,
      _id: String(entry._id ?? entry.id),
      skip: skip + i,
    }));
  },

  'historyAnnotations.list': ({ store, query }) => {
    const range = window(store, query);
    if (range.from === undefined || range.to === undefined) return [];
    const list = Object.values(store.state.historyAnnotations).filter((a) => inWindow(a.timestamp, range));
    return sortBy(list, 'timestamp');
  },
  'historyAnnotations.create': ({ store, user, body }) => {
    if (body.content === undefined || body.content === null) throw missingParameter('content');
    const id = store.newId();
    const annotation: Rec = {
      ...defined(body, ['id']),
      timestamp: body.timestamp ?? store.now(),
      content: body.content,
      changed: store.now(),
      user: user.id,
      id,
    };
    store.state.historyAnnotations[id] = annotation;
    store.audit(user, 'create', 0, id, null, annotation);
    return annotation;
  },
  'historyAnnotations.update': ({ store, user, path, body }) => {
    const annotation = store.state.historyAnnotations[String(path.id)];
    if (!annotation) throw notFound('History annotation', path.id);
    const before = structuredClone(annotation);
    Object.assign(annotation, defined(body, ['id', 'changed', 'user']));
    annotation.changed = store.now();
    annotation.user = user.id;
    store.audit(user, 'update', 0, String(annotation.id), before, annotation);
    return annotation;
  },
  'historyAnnotations.delete': ({ store, user, path }) => {
    const annotation = store.state.historyAnnotations[String(path.id)];
    if (!annotation) throw notFound('History annotation', path.id);
    delete store.state.historyAnnotations[String(path.id)];
    store.audit(user, 'delete', 0, String(annotation.id), annotation, null);
    return undefined;
  },

  'limits.blockedRequests': ({ store, query }) => {
    const range = window(store, query);
    const wanted = (['ip', 'login', 'uri', 'user'] as const)
      .map((field) => [field, flagValue(query?.[field])] as const)
      .filter(([, want]) => want !== undefined);
    const list = store.state.blockedRequests.filter(
      (record) => inWindow(record.timestamp, range) && wanted.every(([field, want]) => filled(record[field]) === want),
    );
    const sorted = sortBy(list, 'timestamp', 'desc');
    return page(sorted, count(query?.skip, 'skip'), count(query?.limit, 'limit')).map((record) => {
      const { id: _id, ...rest } = record;
      return { ...rest, ttl: blockTtl(store, record) };
    });
  },
});
