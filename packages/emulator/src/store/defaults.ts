/**
 * The fields a real SAYMON server sends on every object, link and class read by id, with the
 * values it uses when nothing was set (a captured real object shows `weight: 1`,
 * `geoposition: []`, empty id lists; classes always carry `client_data` and `operations`).
 * Records created through the API get them at creation; seeded and loaded states are filled in
 * once when the store opens, so programs that require these fields work against any state.
 */
import type { ClassRecord, LinkRecord, ObjectRecord, Rec, State, StoreState } from './state.ts';

const OBJECT_DEFAULTS = (): Record<string, unknown> => ({
  class_id: 1,
  state_id: 1,
  parent_id: [],
  child_ids: [],
  child_link_ids: [],
  child_ref_ids: [],
  properties: [],
  operations: [],
  tags: [],
  geoposition: [],
  weight: 1,
});

const LINK_DEFAULTS = (): Record<string, unknown> => ({
  class_id: 35,
  state_id: 1,
  properties: [],
  operations: [],
  tags: [],
  weight: 1,
});

const CLASS_DEFAULTS = (): Record<string, unknown> => ({ client_data: '{}', operations: [] });

function fill(record: Rec, defaults: Record<string, unknown>, times?: number): Rec {
  for (const [key, value] of Object.entries(defaults)) {
    if (record[key] === undefined || record[key] === null) record[key] = value;
  }
  if (times !== undefined) {
    for (const key of ['created', 'updated', 'last_state_update']) {
      if (typeof record[key] !== 'number') record[key] = times;
    }
  }
  for (const property of (record.properties as Rec[] | undefined) ?? []) {
    if (property.value === undefined || property.value === null) property.value = '';
  }
  return record;
}

// The one place a record becomes typed: `fill` has just set every field the record's type requires
// and the defaults name (the rest, `name` and the like, the create calls' body schemas require).
/** Gives an object the fields real servers always send, keeping what it has. */
export const withObjectDefaults = (record: Rec, now: number) => fill(record, OBJECT_DEFAULTS(), now) as ObjectRecord;
/** Gives a link the fields real servers always send, keeping what it has. */
export const withLinkDefaults = (record: Rec, now: number) => fill(record, LINK_DEFAULTS(), now) as LinkRecord;
/** Gives a class the fields real servers always send, keeping what it has. */
export const withClassDefaults = (record: Rec) => fill(record, CLASS_DEFAULTS()) as ClassRecord;

/** Fills every object, link and class of a state (a seed, or a data file written by an older version). */
export function fillDefaults(state: State, now: number): StoreState {
  for (const record of Object.values(state.objects)) withObjectDefaults(record, now);
  for (const record of Object.values(state.links)) withLinkDefaults(record, now);
  for (const record of Object.values(state.classes)) withClassDefaults(record);
  // every object, link and class was filled in place just above
  return state as StoreState;
}
