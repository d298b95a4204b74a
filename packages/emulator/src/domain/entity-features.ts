/**
 * What objects and links share: field selection, stat and stat metadata, metric history. Their
 * state is in `entity-state.ts`, their rules in `entity-rules.ts`; the entity-specific handlers
 * (objects, links, entities) are thin wrappers around these.
 */

import { badRequest } from '../errors.ts';
import type { Id, LinkRecord, ObjectRecord, Rec, UserRecord } from '../store/state.ts';
import type { Store } from '../store/store.ts';
import { evaluateConditions } from './conditions.ts';
import { entityTypeOf, type Kind } from './entity-kind.ts';
import { refreshManualState } from './entity-state.ts';
import { lastPoints, metricList, numericLeaves, pushStat, queryHistory, type Series } from './history.ts';
import { requireLink, requireObject } from './lookup.ts';
import { applyStatRules } from './stat-rules.ts';

/** An object or a link the user can see (404 otherwise), with an expired manual state lifted. */
export function requireEntityOf(store: Store, user: UserRecord, kind: 'objects', id: string | number): ObjectRecord;
export function requireEntityOf(store: Store, user: UserRecord, kind: 'links', id: string | number): LinkRecord;
export function requireEntityOf(
  store: Store,
  user: UserRecord,
  kind: Kind,
  id: string | number,
): ObjectRecord | LinkRecord;
export function requireEntityOf(store: Store, user: UserRecord, kind: Kind, id: string | number) {
  const record = kind === 'objects' ? requireObject(store, user, id) : requireLink(store, user, id);
  refreshManualState(store, kind, record);
  return record;
}

export function splitList(value: unknown): string[] {
  if (value === undefined || value === null) return [];
  return String(value)
    .split(',')
    .map((v) => v.trim())
    .filter(Boolean);
}

// ---- field selection and paths ----

/** Every id chain from an object up to the root: `[[self, parent, ..., '1'], ...]`. */
export function parentChains(store: Store, id: Id, seen: Id[] = []): Id[][] {
  const object = store.state.objects[id];
  const parents = object ? store.parentsOf(object).filter((p) => !seen.includes(p) && store.state.objects[p]) : [];
  if (parents.length === 0) return [[id]];
  return parents.flatMap((parent) => parentChains(store, parent, [...seen, id]).map((chain) => [id, ...chain]));
}

/**
 * The human-readable full path of an object: names from the root down, joined by ` / `. With a
 * `viewer`, ancestors that user cannot see are left out (their names are not theirs to read).
 */
export function humanPath(store: Store, object: Rec, viewer?: UserRecord): string {
  const chain = parentChains(store, String(object.id))[0] ?? [String(object.id)];
  return chain
    .reverse()
    .filter((id) => !viewer || id === String(object.id) || store.canSeeObject(viewer, id))
    .map((id) => String(store.state.objects[id]?.name ?? id))
    .join(' / ');
}

/**
 * `fields=a,b` selection: `id` always, `path` (objects) computed as `viewer` may read it; without
 * `fields` the `defaults` (or, when none, the whole record).
 */
export function selectFields(
  store: Store,
  viewer: UserRecord,
  record: Rec,
  fields: string | undefined,
  defaults?: string[],
): Rec {
  const wanted = fields ? splitList(fields) : defaults;
  if (!wanted || wanted.length === 0) return record;
  const out: Rec = { id: record.id };
  for (const field of wanted) {
    if (field === 'path' && record.entityType !== 2) out.path = humanPath(store, record, viewer);
    else if (field in record) out[field] = record[field];
  }
  return out;
}

// ---- stat, stat metadata, metrics ----

const AGENT_FIELDS = ['taskType', 'period', 'timestamp', 'agentId', 'agentVersion', 'agentBuild'];

export function readStat(store: Store, kind: Kind, record: Rec): Record<string, unknown> {
  const stat = store.state.stat[store.key(kind, String(record.id))];
  return { entityId: String(record.id), entityType: entityTypeOf(kind), ...stat };
}

/** Stores pushed data as the entity's current stat; entities pinned as `unmanaged` ignore it. */
export function writeStat(store: Store, kind: Kind, record: Rec, payload: Record<string, unknown>) {
  const pin = record.manual_state as { unmanaged?: boolean } | null | undefined;
  if (pin && typeof pin === 'object' && pin.unmanaged === true) return;
  const key = store.key(kind, String(record.id));
  // the entity's stat rules shape (or drop) the data before it is stored
  const data = applyStatRules(store, key, payload);
  if (data === undefined) return;
  pushStat(store, key, data);
  Object.assign(store.state.stat[key] as object, {
    entityId: String(record.id),
    entityType: entityTypeOf(kind),
    period: -1,
    initiator: 'rest',
  });
  store.updated(store.state.stat[key]);
  evaluateConditions(store, kind, record);
}

export function readStatMeta(store: Store, kind: Kind, record: Rec): Record<string, unknown> {
  const meta = store.state.statMeta[store.key(kind, String(record.id))] ?? {};
  return { entityId: String(record.id), entityType: entityTypeOf(kind), ...meta };
}

/** Metadata written by hand replaces what the agent reported: only the written fields remain. */
export function writeStatMeta(store: Store, kind: Kind, record: Rec, body: Record<string, unknown>) {
  const written = Object.fromEntries(
    Object.entries(body).filter(([key]) => !AGENT_FIELDS.includes(key) && key !== 'entityId' && key !== 'entityType'),
  );
  store.state.statMeta[store.key(kind, String(record.id))] = written;
}

/** Names of the numeric values in the current data plus those that have history, sorted. */
export function metricNames(store: Store, kind: Kind, record: Rec): string[] {
  const key = store.key(kind, String(record.id));
  const current = Object.keys(numericLeaves(store.state.stat[key]?.payload));
  const stored = Object.keys(store.state.history[key] ?? {});
  return [...new Set([...current, ...stored])].sort();
}

export function history(store: Store, kind: Kind, record: Rec, query: Record<string, unknown>): Series[] {
  const key = store.key(kind, String(record.id));
  const asked = metricList(query);
  return queryHistory(store, key, {
    metrics: asked.length > 0 ? asked : metricNames(store, kind, record),
    from: query.from,
    to: query.to,
    downsample: query.downsample as string | undefined,
  });
}

export function lastMetrics(store: Store, kind: Kind, record: Rec, query: Record<string, unknown>): Series[] {
  const length = query.length === undefined ? 1 : Number(query.length);
  if (!Number.isInteger(length) || length < 1) throw badRequest(`Invalid "length" value: ${String(query.length)}`);
  return lastPoints(store, store.key(kind, String(record.id)), metricList(query), length);
}
