/**
 * Records kept by id in one of the state's collections: adding one, changing its fields and
 * removing it, each written to the audit log as SAYMON's audit shows it (the record before and
 * after). The handlers of plain collections (states, tags, scripts, ...) change them only here.
 */
import type { AuditEntity } from '../store/audit-entities.ts';
import type { Id, Rec, StoreState, UserRecord } from '../store/state.ts';
import type { Store } from '../store/store.ts';
import { merge } from './lookup.ts';

/** The collections of the state that keep records by id. */
export type RecordCollection = {
  [K in keyof StoreState]: StoreState[K] extends Record<Id, Rec> ? K : never;
}[keyof StoreState];

/** The kind of record a collection keeps. */
export type RecordIn<K extends RecordCollection> = StoreState[K][Id];

/** The state seen as its record collections (each one keyed by id), for code generic over them. */
type Collections = { [K in RecordCollection]: Record<Id, RecordIn<K>> };

/** What `addRecord` is told: where the record goes and what the audit log calls it. */
export interface RecordPlace<K extends RecordCollection> {
  collection: K;
  entity: AuditEntity;
  /** The id the caller chose (taken as it is); a new one when missing. */
  id?: Id;
}

/**
 * Adds the record `build` makes for its id (a new id unless `place.id` is given; `build` may
 * still refuse by throwing, after the id is taken) and audits its creation.
 */
export function addRecord<K extends RecordCollection>(
  store: Store,
  user: UserRecord | undefined,
  place: RecordPlace<K>,
  build: (id: Id) => RecordIn<K>,
): RecordIn<K> {
  const id = place.id ?? store.newId();
  const record = build(id);
  const collections: Collections = store.state;
  const records: Record<Id, RecordIn<K>> = collections[place.collection];
  records[id] = record;
  store.audit(user, 'create', place.entity, id, null, record);
  return record;
}

/**
 * Sets the given fields of a stored record (`undefined` ones are left alone, `id` and the
 * `locked` ones are never changed) and audits the change.
 */
export function updateRecord<T extends Rec>(
  store: Store,
  user: UserRecord | undefined,
  entity: AuditEntity,
  record: T,
  fields: object,
  locked: string[] = ['id'],
): T {
  const before = structuredClone(record);
  merge(record, fields, locked);
  store.audit(user, 'update', entity, String(record.id), before, record);
  return record;
}

/** Removes a stored record and audits its removal. */
export function removeRecord<K extends RecordCollection>(
  store: Store,
  user: UserRecord | undefined,
  collection: K,
  entity: AuditEntity,
  record: RecordIn<K>,
): void {
  const collections: Collections = store.state;
  delete collections[collection][String(record.id)];
  store.audit(user, 'delete', entity, String(record.id), record, null);
}
