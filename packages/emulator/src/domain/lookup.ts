import { notFound } from '../errors.ts';
import { FORBIDDEN_KEYS } from '../safe-json.ts';
import type { Rec, UserRecord } from '../store/state.ts';
import type { EntityKind, Store } from '../store/store.ts';

/** An object the user can see, by id or discovery id; 404 otherwise. */
export function requireObject(store: Store, user: UserRecord | undefined, id: string | number): Rec {
  const object = store.findObject(id);
  if (!object || (user && !store.canSeeObject(user, String(object.id)))) throw notFound('Object', id);
  return object;
}

/** A link the user can see; 404 otherwise. */
export function requireLink(store: Store, user: UserRecord | undefined, id: string | number): Rec {
  const link = store.state.links[String(id)];
  if (!link || (user && !store.canSeeLink(user, link))) throw notFound('Link', id);
  return link;
}

/** An object or a link (the `/entities/:id` calls address either). */
export function requireEntity(
  store: Store,
  user: UserRecord | undefined,
  id: string | number,
): { kind: 'objects' | 'links'; record: Rec } {
  const object = store.findObject(id);
  if (object && (!user || store.canSeeObject(user, String(object.id)))) return { kind: 'objects', record: object };
  const link = store.state.links[String(id)];
  if (link && (!user || store.canSeeLink(user, link))) return { kind: 'links', record: link };
  throw notFound('Entity', id);
}

/** A record of a collection by id; 404 with the collection's name otherwise. */
export function requireRecord<T extends Rec>(records: Record<string, T>, what: string, id: string | number): T {
  const record = records[String(id)];
  if (!record) throw notFound(what, id);
  return record;
}

export function entityType(kind: EntityKind): number {
  return kind === 'objects' ? 1 : kind === 'links' ? 2 : kind === 'flows' ? 3 : 4;
}

/** A copy without the fields the API never shows. */
export function publicUser(user: UserRecord): Rec {
  const { password: _password, ...rest } = user;
  return rest;
}

/**
 * Applies a JSON merge of `patch` onto `record` (fields set to `undefined` are left alone; keys
 * that reach a prototype — `__proto__`, `constructor`, `prototype` — are never copied).
 */
export function merge<T extends Rec>(
  record: T,
  patch: Record<string, unknown> | undefined,
  locked: string[] = ['id'],
): T {
  for (const [key, value] of Object.entries(patch ?? {})) {
    if (value !== undefined && !locked.includes(key) && !FORBIDDEN_KEYS.has(key))
      (record as Record<string, unknown>)[key] = value;
  }
  return record;
}

/** Keeps only the requested fields (plus `id`), for `fields=a,b` queries. */
export function pickFields(record: Rec, fields: string | undefined, defaults?: string[]): Rec {
  const wanted = fields
    ? fields
        .split(',')
        .map((f) => f.trim())
        .filter(Boolean)
    : defaults;
  if (!wanted) return record;
  const out: Rec = { id: record.id };
  for (const field of wanted) if (field in record) out[field] = record[field];
  return out;
}
