/** What users do to an incident (acknowledge, comment, undo a clear or a removal), each noted in the event log. */
import type { IncidentRecord, UserRecord } from '../store/state.ts';
import type { Store } from '../store/store.ts';
import { recordIncidentEvent } from './incidents.ts';

/** Acknowledges an incident (`on`) or withdraws its acknowledgement. */
export function acknowledgeIncident(store: Store, user: UserRecord, incident: IncidentRecord, on: boolean): void {
  incident.acknowledgedBy = on ? user.id : null;
  incident.acknowledgementTimestamp = on ? store.now() : null;
  store.updated(incident);
  recordIncidentEvent(
    store,
    incident,
    on ? `Incident acknowledged by ${user.login}` : `Incident acknowledgement withdrawn by ${user.login}`,
  );
}

/** Sets an incident's comment (the last one is kept, with a count). */
export function commentIncident(store: Store, user: UserRecord, incident: IncidentRecord, comment: string): void {
  incident.comment = comment;
  incident.commentedBy = user.id;
  incident.commentTimestamp = store.now();
  incident.commentsCount = Number(incident.commentsCount ?? 0) + 1;
  store.updated(incident);
  recordIncidentEvent(store, incident, `Incident commented by ${user.login}`);
}

/** A cleared incident goes back to the level it had. */
export function undoClear(store: Store, incident: IncidentRecord): void {
  incident.state = incident.lastState ?? 1;
  incident.clearTimestamp = null;
  store.updated(incident);
  recordIncidentEvent(store, incident, 'Incident clear undone', 'warning');
}

/** An incident marked for removal stays. */
export function undoRemove(store: Store, incident: IncidentRecord): void {
  delete incident.removed;
  store.updated(incident);
  recordIncidentEvent(store, incident, 'Incident removal undone');
}
