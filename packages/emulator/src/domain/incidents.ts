/**
 * The incident lifecycle: raising (a repeat of an active incident is counted, not duplicated),
 * clearing, and settling. An incident lives in `state.incidents` from the moment it is raised;
 * once cleared it stays in the active list for the server's `incident_timeout` (configuration
 * `server.incident_timeout`, 60 s by default), during which Undo Clear and Undo Remove work. Then
 * it moves to incident history (kept with `_archived`), or is dropped when it was cleared with
 * Clear and Remove. Stat pushes (`conditions.ts`) and the incident calls both go through here.
 */

import { AUDIT_ENTITY } from '../store/audit-entities.ts';
import type { IncidentRecord, UserRecord, WireOf } from '../store/state.ts';
import type { Store } from '../store/store.ts';
import { entityTypeOf, kindOfType } from './entity-kind.ts';
import type { IncidentEntity } from './incident-filter.ts';
import { incidentEntity } from './incident-filter.ts';

/** Incident levels every server has: 1 Alarm, 2 Warning, 3 Cleared, 4 Major. */
export const BUILT_IN_LEVELS = ['1', '2', '3', '4'];
export const CLEARED = 3;
export const isCleared = (incident: IncidentRecord) => String(incident.state) === String(CLEARED);
/** Event log type the emulator uses for incident changes (1 and 2 are SNMP traps and MQTT messages). */
export const INCIDENT_EVENT = 3;
const DEFAULT_TIMEOUT = 60_000;

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
    else {
      incident._archived = true;
      store.updated(incident);
    }
  }
}

/** Whether the user may see the incident's object or link. */
export function incidentVisible(store: Store, user: UserRecord, entity: IncidentEntity | undefined): boolean {
  if (!entity) return false;
  return entity.kind === 'objects'
    ? store.canSeeObject(user, String(entity.record.id))
    : store.canSeeLink(user, entity.record);
}

function entityRef(entity: IncidentEntity | undefined, incident: IncidentRecord) {
  return {
    entityId: String(incident.entityId),
    entityName: String(entity?.record.name ?? ''),
    entityType: entityTypeOf(entity?.kind ?? 'objects'),
  };
}

/** Writes an incident change to the event log (type `INCIDENT_EVENT`). */
export function recordIncidentEvent(store: Store, incident: IncidentRecord, text: string, level = 'info') {
  store.event(
    INCIDENT_EVENT,
    entityRef(incidentEntity(store, incident), incident),
    { incidentId: incident.id, state: incident.state, text },
    level,
  );
}

/** Clears an incident (state 3, `clearTimestamp`; with `remove`, marks it removed too). */
export function clearIncident(store: Store, user: UserRecord | undefined, incident: IncidentRecord, remove: boolean) {
  const before = structuredClone(incident);
  if (!isCleared(incident)) {
    incident.lastState = incident.state;
    incident.state = CLEARED;
    incident.clearTimestamp = store.now();
  }
  if (remove && !incident.removed) incident.removed = { ...(user && { userId: user.id }), timestamp: store.now() };
  store.audit(user, remove ? 'clear-remove' : 'clear', AUDIT_ENTITY.unnamed, String(incident.id), before, incident);
  recordIncidentEvent(store, incident, remove ? 'Incident cleared and removed' : 'Incident cleared');
}

export const knownLevel = (store: Store, id: unknown) =>
  BUILT_IN_LEVELS.includes(String(id)) || store.state.incidentLevels[String(id)] !== undefined;

/**
 * What raising an incident takes: its entity, and any other field of an incident (the rest get
 * SAYMON's defaults: type 2, level 1, no text, now).
 */
export type IncidentFields = Partial<WireOf<'incidents.get'>> & Pick<IncidentRecord, 'entityId' | 'entityType'>;

/** Raises an incident (or counts a repeat of an active one with the same entity, type and text). */
export function raiseIncident(store: Store, fields: IncidentFields, user?: UserRecord): IncidentRecord {
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
    store.updated(repeat);
    recordIncidentEvent(store, repeat, 'Incident repeated', 'warning');
    return repeat;
  }
  const id = String(fields.id ?? store.newId());
  const stat = store.state.stat[store.key(kindOfType(fields.entityType), String(fields.entityId))];
  const incident: IncidentRecord = {
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
  store.audit(user, 'create', AUDIT_ENTITY.unnamed, id, null, incident);
  recordIncidentEvent(store, incident, `Incident raised: ${String(incident.text ?? '')}`, 'warning');
  return incident;
}
