/** Incident levels: their order (`priority`) and their changes. */
import { AUDIT_ENTITY } from '../store/audit-entities.ts';
import type { Rec, UserRecord } from '../store/state.ts';
import type { Store } from '../store/store.ts';
import { sortBy } from './listing.ts';
import { merge } from './lookup.ts';

/** The next free priority: one past the highest. */
export const nextLevelPriority = (store: Store) =>
  Math.max(-1, ...Object.values(store.state.incidentLevels).map((l) => Number(l.priority ?? -1))) + 1;

/** Numbers the levels' priorities 0, 1, 2, ... in their current order. */
function renumberLevels(store: Store) {
  sortBy(Object.values(store.state.incidentLevels), 'priority').forEach((level, index) => {
    level.priority = index;
    store.updated(level);
  });
}

/** Sets a level's fields, renumbers every level's priority when asked, and audits the change. */
export function updateIncidentLevel(
  store: Store,
  user: UserRecord,
  level: Rec,
  fields: Record<string, unknown>,
  renumber: boolean,
): Rec {
  const before = structuredClone(level);
  merge(level, fields);
  if (renumber) renumberLevels(store);
  store.audit(user, 'update', AUDIT_ENTITY.unnamed, String(level.id), before, level);
  return level;
}
