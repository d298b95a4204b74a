/**
 * Shared by the property, operation and job handlers: who owns a property or an operation (an
 * object, link, flow or class), the lists kept on that owner, and the rights the registry leaves
 * out for the calls it could only infer.
 */

import { forbidden, notFound } from '../errors.ts';
import { missingPermissions, parsePermissions } from '../permissions.ts';
import type { OperationRecord, PropertyRecord, Rec, UserRecord } from '../store/state.ts';
import type { EntityKind, Store } from '../store/store.ts';
import { entityTypeOf } from './entity-kind.ts';
import { requireLink, requireObject, requireRecord } from './lookup.ts';

/** `owner_type` of properties and jobs: 1 object, 2 link, 3 flow (classes have none). */
export const OWNER_TYPE: Partial<Record<EntityKind, number>> = { objects: 1, links: 2, flows: 3 };

/** The record a property or operation belongs to; 404 when it is unknown or hidden from the user. */
export function ownerRecord(store: Store, user: UserRecord, kind: EntityKind, id: string | number): Rec {
  switch (kind) {
    case 'objects':
      return requireObject(store, user, id);
    case 'links':
      return requireLink(store, user, id);
    case 'flows':
      return requireRecord(store.state.flows, 'Flow', id);
    default:
      return requireRecord(store.state.classes, 'Class', id);
  }
}

/**
 * The `properties` or `operations` list of a record, made an array of records with ids (records
 * created elsewhere may carry entries without ids, or a list serialised into a string).
 */
export function itemsOf(store: Store, record: Rec, field: 'properties'): PropertyRecord[];
export function itemsOf(store: Store, record: Rec, field: 'operations'): OperationRecord[];
export function itemsOf(store: Store, record: Rec, field: 'properties' | 'operations'): Rec[] {
  let value = record[field];
  if (typeof value === 'string') {
    try {
      value = JSON.parse(value);
    } catch {
      value = [];
    }
  }
  const items = (Array.isArray(value) ? value : []).filter((item) => item && typeof item === 'object') as Rec[];
  for (const item of items) if (item.id === undefined || item.id === null || item.id === '') item.id = store.newId();
  // a fresh list (ids given where missing) replaces the record's field
  record[field] = items;
  store.updated(record);
  return items;
}

/** An item of a list by id (ids compared as strings); 404 naming `what` otherwise. */
export function requireItem<T extends Rec>(items: T[], what: string, id: string | number): T {
  const item = items.find((i) => String(i.id) === String(id));
  if (!item) throw notFound(what, id);
  return item;
}

/** Throws 403 unless the user holds what a SAYMON permission expression asks for. */
export function requireRights(user: UserRecord, expression: string) {
  const missing = missingPermissions(parsePermissions(expression), (name) => user.permissions.includes(name));
  if (missing.length > 0) throw forbidden(missing.join(', '));
}

/** A numeric string as a number (`"2"` -> 2); anything else unchanged. */
export function numeric<T>(value: T): T | number {
  return typeof value === 'string' && /^-?\d+$/.test(value.trim()) ? Number(value) : value;
}

/** Marks a record changed: `updated` and `_version` for objects and links, and an audit entry. */
export function touched(store: Store, user: UserRecord, kind: EntityKind, record: Rec, before: Rec) {
  if (kind === 'objects' || kind === 'links') {
    record.updated = store.now();
    record._version = Number(record._version ?? 0) + 1;
  }
  store.audit(user, 'update', entityTypeOf(kind), String(record.id), before, record);
}

/**
 * Adds the item `build` makes for a new id to a record's list (`list` gives the list, after the
 * id is taken) and marks the record changed.
 */
export function addItem<T extends Rec>(
  store: Store,
  user: UserRecord,
  kind: EntityKind,
  record: Rec,
  list: () => T[],
  build: (id: string) => T,
): T {
  const before = structuredClone(record);
  const item = build(store.newId());
  list().push(item);
  touched(store, user, kind, record, before);
  return item;
}

/** Sets fields of an item of a record's list and marks the record changed. */
export function changeItem<T extends Rec>(
  store: Store,
  user: UserRecord,
  kind: EntityKind,
  record: Rec,
  item: T,
  fields: Record<string, unknown>,
): T {
  const before = structuredClone(record);
  Object.assign(item, fields);
  touched(store, user, kind, record, before);
  return item;
}

/** Takes an item out of a record's list and marks the record changed. */
export function removeItem(store: Store, user: UserRecord, kind: EntityKind, record: Rec, items: Rec[], item: Rec) {
  const before = structuredClone(record);
  items.splice(items.indexOf(item), 1);
  touched(store, user, kind, record, before);
}
