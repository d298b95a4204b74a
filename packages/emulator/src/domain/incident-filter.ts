/**
 * SAYMON's incident filters: a list of `[kind, argument]` pairs (all must hold), combinable with
 * `["$and", [...]]` and `["$or", [...]]`. Kinds on the incident itself: timestamp,
 * localTimestamp, clearTimestamp (`{from, to}`), entity (`objects-<id>` / `links-<id>`),
 * severity (incident level ids), text and comment (`{value, op}`), acknowledgedBy. Kinds on the
 * entity that raised it: classId, stateId, property (`{property, value, op}`), tags.
 */

import { badRequest } from '../errors.ts';
import type { Rec } from '../store/state.ts';
import type { Store } from '../store/store.ts';
import type { Kind } from './entity-kind.ts';
import { textMatches } from './listing.ts';

export interface IncidentEntity {
  kind: Kind;
  record: Rec;
}

/** The object or link an incident belongs to, when it still exists. */
export function incidentEntity(store: Store, incident: Rec): IncidentEntity | undefined {
  const id = String(incident.entityId ?? '');
  const type = String(incident.entityType ?? '');
  if (type !== '2') {
    const object = store.state.objects[id];
    if (object) return { kind: 'objects', record: object };
  }
  if (type !== '1') {
    const link = store.state.links[id];
    if (link) return { kind: 'links', record: link };
  }
  return undefined;
}

const ids = (value: unknown): string[] => (Array.isArray(value) ? value : [value]).map((v) => String(v));

function inWindow(value: unknown, window: unknown): boolean {
  if (!window || typeof window !== 'object') throw badRequest('Time filters take {"from": ms, "to": ms}');
  const { from, to } = window as { from?: unknown; to?: unknown };
  if (typeof value !== 'number') return false;
  if (from !== undefined && from !== null && value < Number(from)) return false;
  if (to !== undefined && to !== null && value > Number(to)) return false;
  return true;
}

function textCondition(actual: unknown, argument: unknown): boolean {
  if (!argument || typeof argument !== 'object') return textMatches(actual, '_eq', argument);
  const { value, op } = argument as { value?: unknown; op?: unknown };
  return textMatches(actual, op, value);
}

function propertyCondition(entity: IncidentEntity | undefined, argument: unknown): boolean {
  if (!argument || typeof argument !== 'object') throw badRequest('The property filter takes {property, value, op}');
  const { property, value, op } = argument as { property?: unknown; value?: unknown; op?: unknown };
  const list = entity?.record.properties;
  const properties = Array.isArray(list) ? (list as Rec[]) : [];
  const found = properties.find((p) => p && (p.name === property || String(p.id) === String(property)));
  // A missing property never equals a value; "not equals" / "does not contain" hold for it.
  if (!found) return op === '_neq' || op === '_nct';
  return textMatches(found.value, op, value);
}

function evaluate(store: Store, incident: Rec, entity: IncidentEntity | undefined, filter: unknown): boolean {
  if (!Array.isArray(filter) || filter.length === 0)
    throw badRequest(`Invalid incident filter: ${JSON.stringify(filter)}`);
  const [kind, argument] = filter;
  if (Array.isArray(kind)) return filter.every((item) => evaluate(store, incident, entity, item));
  switch (kind) {
    case '$and':
    case '$or': {
      if (!Array.isArray(argument)) throw badRequest(`"${kind}" takes a list of filters`);
      const results = argument.map((item) => evaluate(store, incident, entity, item));
      return kind === '$and' ? results.every(Boolean) : results.some(Boolean);
    }
    case 'timestamp':
    case 'localTimestamp':
    case 'clearTimestamp':
      return inWindow(incident[kind], argument);
    case 'entity': {
      const match = String(argument).match(/^(objects|links)-(.+)$/);
      if (!match) throw badRequest('The entity filter takes "objects-<id>" or "links-<id>"');
      return entity?.kind === match[1] && String(incident.entityId) === match[2];
    }
    case 'severity':
      return ids(argument).includes(String(incident.state));
    case 'text':
    case 'comment':
      return textCondition(incident[kind], argument);
    case 'acknowledgedBy':
      return incident.acknowledgedBy !== undefined && ids(argument).includes(String(incident.acknowledgedBy));
    case 'classId':
      return entity !== undefined && ids(argument).includes(String(entity.record.class_id));
    case 'stateId':
      return entity !== undefined && ids(argument).includes(String(entity.record.state_id));
    case 'tags':
    case 'tagId': {
      const list = entity?.record.tags;
      const tags = Array.isArray(list) ? list.map(String) : [];
      return ids(argument).some((tag) => tags.includes(tag));
    }
    case 'property':
      return propertyCondition(entity, argument);
    default:
      throw badRequest(`Unknown incident filter: ${JSON.stringify(kind)}`);
  }
}

/** Whether an incident passes a filter (a list of filters that must all hold). */
export function matchesIncidentFilter(store: Store, incident: Rec, filter: unknown): boolean {
  if (filter === undefined || filter === null) return true;
  if (!Array.isArray(filter)) throw badRequest('An incident filter is a list of filters');
  if (filter.length === 0) return true;
  const entity = incidentEntity(store, incident);
  // `["classId", "34"]` on its own, or `[["classId", "34"], ...]`
  if (typeof filter[0] === 'string') return evaluate(store, incident, entity, filter);
  return filter.every((item) => evaluate(store, incident, entity, item));
}

/** Checks a filter's form up front (400 for unknown kinds or bad arguments), even when nothing is listed. */
export function checkIncidentFilter(store: Store, filter: unknown) {
  matchesIncidentFilter(store, { id: '' }, filter);
}

/** Whether an entity lies under an object (itself included): the `parentFilter` of Get All Incidents. */
export function isUnder(store: Store, entity: IncidentEntity, parentId: string): boolean {
  const seen = new Set<string>();
  const climb = (objectId: string): boolean => {
    if (objectId === parentId) return true;
    if (seen.has(objectId)) return false;
    seen.add(objectId);
    const object = store.state.objects[objectId];
    return object ? store.parentsOf(object).some(climb) : false;
  };
  if (entity.kind === 'objects') return climb(String(entity.record.id));
  return [entity.record.source, entity.record.target, entity.record.owner_id]
    .filter((id) => id !== undefined && id !== null)
    .some((id) => climb(String(id)));
}

/** The paths from the root to an object's parents (ids, root first), as `owner._parents` carries them. */
export function parentPaths(store: Store, object: Rec): { path: string[] }[] {
  const paths: string[][] = [];
  const walk = (id: string, below: string[], seen: Set<string>) => {
    const current = store.state.objects[id];
    const parents = current ? store.parentsOf(current) : [];
    if (parents.length === 0 || seen.has(id)) {
      paths.push([id, ...below]);
      return;
    }
    for (const parent of parents) walk(parent, [id, ...below], new Set([...seen, id]));
  };
  for (const parent of store.parentsOf(object)) walk(parent, [], new Set([String(object.id)]));
  return paths.map((path) => ({ path }));
}
