/**
 * An entity's state: changes (recorded in the state history), the `/state` calls, manual pins
 * with `since`/`until` and the states that clear them, and the state history window.
 */
import { badRequest } from '../errors.ts';
import type { Id, Rec, UserRecord } from '../store/state.ts';
import type { Store } from '../store/store.ts';
import { entityTypeOf, type Kind, numeric } from './entity-kind.ts';
import { parseTime } from './history.ts';

/** States every server has: 1 Created, 3 Working, 4 Overloaded, 5 Alarm, 6 Stopped, 7 No data, 8 Down, 9 Disabled. */
export const BUILT_IN_STATES = ['1', '3', '4', '5', '6', '7', '8', '9'];

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
  store.updated(record);
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

/**
 * Sets a state (the `/state` calls). While a manual pin is in effect the pinned state holds,
 * unless the new state is one of those that clear the pin.
 */
export function setState<R extends Rec>(
  store: Store,
  user: UserRecord,
  kind: Kind,
  record: R,
  stateId: Id | number,
): R {
  requireKnownState(store, stateId);
  const pin = pinOf(record);
  if (pin && pin.since <= store.now()) {
    if (!pin.clearedByStateID.map(String).includes(String(stateId))) return record;
    const fields: Rec = record;
    fields.manual_state = null;
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
  store.updated(record);
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
export function setManualState<R extends Rec>(
  store: Store,
  user: UserRecord,
  kind: Kind,
  record: R,
  body: ManualStateBody,
): R {
  const fields: Rec = record;
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
    fields.manual_state = pin;
    if (since <= now) changeState(store, user, kind, record, pin.stateId, { text: pin.reason, manual: true });
  }
  fields.updated = store.now();
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
