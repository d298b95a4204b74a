/**
 * What objects and links share: field selection, stat and stat metadata, metric history, state
 * (set, manual pins with expiry, state history), conditions and triggers. The entity-specific
 * handlers (objects, links, entities) are thin wrappers around these.
 */

import { badRequest, forbidden, notFound } from '../errors.ts';
import type { EntityKey, Id, Rec, UserRecord } from '../state.ts';
import type { Store } from '../store.ts';
import { evaluateConditions } from './conditions.ts';
import { lastPoints, metricList, numericLeaves, parseTime, pushStat, queryHistory, type Series } from './history.ts';
import { requireLink, requireObject } from './lookup.ts';
import { applyStatRules } from './stat-rules.ts';

export type Kind = 'objects' | 'links';

export const entityTypeOf = (kind: Kind) => (kind === 'objects' ? 1 : 2);

/** An object or a link the user can see (404 otherwise), with an expired manual state lifted. */
export function requireEntityOf(store: Store, user: UserRecord, kind: Kind, id: string | number): Rec {
  const record = kind === 'objects' ? requireObject(store, user, id) : requireLink(store, user, id);
  refreshManualState(store, kind, record);
  return record;
}

/** For calls the registry leaves without a permission expression: the rights their siblings need. */
export function requireAnyPermission(user: UserRecord, ...names: string[]) {
  if (!names.some((name) => user.permissions.includes(name))) throw forbidden(names.join(' | '));
}

export function splitList(value: unknown): string[] {
  if (value === undefined || value === null) return [];
  return String(value)
    .split(',')
    .map((v) => v.trim())
    .filter(Boolean);
}

/** Numeric strings become numbers (state ids and weights are numbers on real servers). */
export function numeric<T>(value: T): T | number {
  return typeof value === 'string' && /^-?\d+(\.\d+)?$/.test(value.trim()) ? Number(value) : value;
}

// ---- field selection and paths ----

/** Every id chain from an object up to the root: `[[self, parent, ..., '1'], ...]`. */
export function parentChains(store: Store, id: Id, seen: Id[] = []): Id[][] {
  const object = store.state.objects[id];
  const parents = object ? store.parentsOf(object).filter((p) => !seen.includes(p) && store.state.objects[p]) : [];
  if (parents.length === 0) return [[id]];
  return parents.flatMap((parent) => parentChains(store, parent, [...seen, id]).map((chain) => [id, ...chain]));
}

/** The human-readable full path of an object: names from the root down, joined by ` / `. */
export function humanPath(store: Store, object: Rec): string {
  const chain = parentChains(store, String(object.id))[0] ?? [String(object.id)];
  return chain
    .reverse()
    .map((id) => String(store.state.objects[id]?.name ?? id))
    .join(' / ');
}

/**
 * `fields=a,b` selection: `id` always, `path` (objects) computed; without `fields` the
 * `defaults` (or, when none, the whole record).
 */
export function selectFields(store: Store, record: Rec, fields: string | undefined, defaults?: string[]): Rec {
  const wanted = fields ? splitList(fields) : defaults;
  if (!wanted || wanted.length === 0) return record;
  const out: Rec = { id: record.id };
  for (const field of wanted) {
    if (field === 'path' && record.entityType !== 2) out.path = humanPath(store, record);
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

// ---- state, manual state, state history ----

interface Pin {
  stateId: Id | number;
  reason?: string;
  by?: Id;
  since: number;
  until: number | null;
  clearedByStateID: (Id | number)[];
  unmanaged?: boolean;
}

function requireKnownState(store: Store, stateId: unknown) {
  const known = Object.keys(store.state.states);
  if (known.length > 0 && !known.includes(String(stateId))) throw badRequest(`State ${String(stateId)} does not exist`);
}

function pinOf(record: Rec): Pin | undefined {
  const pin = record.manual_state;
  return pin && typeof pin === 'object' ? (pin as Pin) : undefined;
}

/**
 * Moves an entity to a state and records the change in the state history (nothing is recorded
 * when the state does not change).
 */
export function changeState(
  store: Store,
  user: UserRecord | undefined,
  kind: Kind,
  record: Rec,
  stateId: Id | number,
  reason: Record<string, unknown> = {},
) {
  if (String(record.state_id) === String(stateId)) return;
  const now = store.now();
  const lastStateId = record.state_id ?? null;
  record.state_id = numeric(stateId);
  record.last_state_update = now;
  record.updated = now;
  record._version = Number(record._version ?? 0) + 1;
  store.state.stateHistory.push({
    id: store.newId(),
    entityId: String(record.id),
    entityType: entityTypeOf(kind),
    entityName: String(record.name ?? `${record.source_name ?? ''}-${record.target_name ?? ''}`),
    entityClass: (record.class_id as Id) ?? null,
    stateId: numeric(stateId),
    lastStateId,
    timestamp: now,
    reason: { ...(user ? { by: user.id } : {}), ...reason },
  });
  if (store.state.stateHistory.length > 20_000) store.state.stateHistory.splice(0, 1000);
}

/**
 * Sets a state (the `/state` calls). While a manual pin is in effect the pinned state holds,
 * unless the new state is one of those that clear the pin.
 */
export function setState(store: Store, user: UserRecord, kind: Kind, record: Rec, stateId: Id | number): Rec {
  requireKnownState(store, stateId);
  const pin = pinOf(record);
  if (pin && pin.since <= store.now()) {
    if (!pin.clearedByStateID.map(String).includes(String(stateId))) return record;
    record.manual_state = null;
  }
  const before = structuredClone(record);
  changeState(store, user, kind, record, stateId, { text: 'State set through the API' });
  store.audit(user, 'update', entityTypeOf(kind), String(record.id), before, record);
  return record;
}

/** The state an entity had before its current manual pin (from the state history). */
function stateBeforePin(store: Store, record: Rec): unknown {
  const entries = store.state.stateHistory.filter((e) => String(e.entityId) === String(record.id));
  let before: unknown;
  for (let i = entries.length - 1; i >= 0; i--) {
    const entry = entries[i] as Rec & { reason?: { manual?: boolean } };
    if (!entry.reason?.manual) return entry.stateId;
    before = entry.lastStateId;
  }
  return before;
}

function liftPin(store: Store, user: UserRecord | undefined, kind: Kind, record: Rec, text: string) {
  const pin = pinOf(record);
  record.manual_state = null;
  if (!pin || pin.since > store.now()) return;
  const previous = stateBeforePin(store, record);
  if (previous !== undefined && previous !== null)
    changeState(store, user, kind, record, previous as Id, { text, manualCleared: true });
}

/** Applies a pin whose `since` has come and lifts one whose `until` has passed. */
export function refreshManualState(store: Store, kind: Kind, record: Rec) {
  const pin = pinOf(record);
  if (!pin) return;
  const now = store.now();
  if (pin.until !== null && pin.until !== undefined && Number(pin.until) <= now) {
    liftPin(store, undefined, kind, record, 'Manual state expired');
  } else if (Number(pin.since) <= now && String(record.state_id) !== String(pin.stateId)) {
    changeState(store, undefined, kind, record, pin.stateId, {
      text: pin.reason ?? '',
      by: pin.by,
      manual: true,
    });
  }
}

export interface ManualStateBody {
  stateId?: Id | number;
  clear?: boolean | 'true' | 'false';
  reason?: string | boolean;
  since?: number | string;
  until?: number | string;
  by?: number | string;
  clearedByState?: (Id | number)[];
  clearedByStateId?: (Id | number)[];
  unmanaged?: boolean;
}

function timeField(value: unknown, name: string): number | undefined {
  if (value === undefined || value === null || value === '') return undefined;
  const ms = Number(value);
  if (!Number.isFinite(ms)) throw badRequest(`Invalid "${name}" value: ${String(value)}`);
  return ms;
}

/** Pins an entity to a state (from `since`, until `until`/`by`), or lifts the pin with `clear`. */
export function setManualState(store: Store, user: UserRecord, kind: Kind, record: Rec, body: ManualStateBody): Rec {
  const before = structuredClone(record);
  if (body.clear === true || body.clear === 'true') {
    liftPin(store, user, kind, record, 'Manual state cleared');
  } else {
    if (body.stateId === undefined || body.stateId === '')
      throw badRequest('Mandatory "stateId" parameter is absent/empty.');
    requireKnownState(store, body.stateId);
    const now = store.now();
    const since = timeField(body.since, 'since') ?? now;
    const until = timeField(body.until ?? body.by, 'until') ?? null;
    if (until !== null && until <= since) throw badRequest('"until" must be later than "since"');
    if (pinOf(record)) liftPin(store, user, kind, record, 'Manual state replaced');
    const pin: Pin = {
      stateId: numeric(body.stateId),
      reason: typeof body.reason === 'string' ? body.reason : '',
      by: user.id,
      since,
      until,
      clearedByStateID: (body.clearedByStateId ?? body.clearedByState ?? []).map(numeric),
      ...(body.unmanaged !== undefined ? { unmanaged: body.unmanaged } : {}),
    };
    record.manual_state = pin as unknown as Rec;
    if (since <= now) changeState(store, user, kind, record, pin.stateId, { text: pin.reason, manual: true });
  }
  record.updated = store.now();
  store.audit(user, 'update', entityTypeOf(kind), String(record.id), before, record);
  return record;
}

export interface WindowQuery {
  from?: unknown;
  to?: unknown;
  skip?: unknown;
  limit?: unknown;
  inverse?: unknown;
}

/** An entity's state changes, oldest first (`inverse`: newest first), within a window, paged. */
export function stateHistoryOf(store: Store, kind: Kind, record: Rec, query: WindowQuery = {}): Rec[] {
  const now = store.now();
  const from = parseTime(query.from, now, 'from') ?? Number.NEGATIVE_INFINITY;
  const to = parseTime(query.to, now, 'to') ?? Number.POSITIVE_INFINITY;
  const skip = Math.max(0, Number(query.skip ?? 0) || 0);
  const limit = query.limit === undefined ? undefined : Math.max(0, Number(query.limit) || 0);
  const type = entityTypeOf(kind);
  const entries = store.state.stateHistory.filter(
    (e) =>
      String(e.entityId) === String(record.id) &&
      Number(e.entityType ?? type) === type &&
      Number(e.timestamp) >= from &&
      Number(e.timestamp) <= to,
  );
  entries.sort((a, b) => Number(a.timestamp) - Number(b.timestamp));
  if (query.inverse === true || query.inverse === 'true') entries.reverse();
  return entries.slice(skip, limit === undefined ? undefined : skip + limit);
}

// ---- conditions and triggers ----

type RuleTable = 'stateConditions' | 'incidentConditions' | 'stateTriggers';

export function ownRules(store: Store, table: RuleTable, key: EntityKey): Rec[] | undefined {
  return store.state[table][key] as Rec[] | undefined;
}

/** The entity's own rules or, when it has none, those of its class. */
export function effectiveRules(store: Store, table: RuleTable, kind: Kind, record: Rec): Rec[] {
  const own = ownRules(store, table, store.key(kind, String(record.id)));
  if (own) return own;
  if (record.class_id === undefined || record.class_id === null) return [];
  return (store.state[table][store.key('classes', String(record.class_id))] as Rec[] | undefined) ?? [];
}

/** Replaces an entity's rules; incident conditions get ids. Returns what was stored. */
export function replaceRules(store: Store, table: RuleTable, kind: Kind, record: Rec, rules: unknown[]): Rec[] {
  if (!Array.isArray(rules)) throw badRequest('The body must be an array');
  const stored = rules.map((rule) => {
    const copy = { ...(rule as Record<string, unknown>) };
    if (table === 'incidentConditions' && (copy.id === undefined || copy.id === null)) copy.id = store.newId();
    return copy as Rec;
  });
  store.state[table][store.key(kind, String(record.id))] = stored;
  return stored;
}

export function dropRules(store: Store, table: RuleTable, kind: Kind, record: Rec) {
  delete store.state[table][store.key(kind, String(record.id))];
}

export function requireRules(store: Store, table: RuleTable, kind: Kind, record: Rec, what: string): Rec[] {
  const rules = ownRules(store, table, store.key(kind, String(record.id)));
  if (!rules) throw notFound(what, String(record.id));
  return rules;
}
