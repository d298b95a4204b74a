import { badRequest, notFound } from '../errors.ts';
import { FORBIDDEN_KEYS } from '../safe-json.ts';
import type { LinkRecord, ObjectRecord, Rec, UserRecord } from '../store/state.ts';
import type { Store } from '../store/store.ts';
import type { Kind } from './entity-kind.ts';

/** An object the user can see, by id or discovery id; 404 otherwise. */
export function requireObject(store: Store, user: UserRecord | undefined, id: string | number): ObjectRecord {
  const object = store.findObject(id);
  if (!object || (user && !store.canSeeObject(user, String(object.id)))) throw notFound('Object', id);
  return object;
}

/** A link the user can see; 404 otherwise. */
export function requireLink(store: Store, user: UserRecord | undefined, id: string | number): LinkRecord {
  const link = store.state.links[String(id)];
  if (!link || (user && !store.canSeeLink(user, link))) throw notFound('Link', id);
  return link;
}

/** An object or a link (the `/entities/:id` calls address either). */
export function requireEntity(
  store: Store,
  user: UserRecord | undefined,
  id: string | number,
): { kind: Kind; record: ObjectRecord | LinkRecord } {
  const object = store.findObject(id);
  if (object && (!user || store.canSeeObject(user, String(object.id)))) return { kind: 'objects', record: object };
  const link = store.state.links[String(id)];
  if (link && (!user || store.canSeeLink(user, link))) return { kind: 'links', record: link };
  throw notFound('Entity', id);
}

/** An object or link by id that the user may see (`type` narrows the search); undefined otherwise. */
export function findEntity(store: Store, user: UserRecord | undefined, id: string, type?: Kind | number | string) {
  const want = type === 1 || type === '1' ? 'objects' : type === 2 || type === '2' ? 'links' : type;
  if (want !== 'links') {
    const object = store.state.objects[id];
    if (object && (!user || store.canSeeObject(user, id))) return { kind: 'objects' as Kind, record: object };
  }
  if (want !== 'objects') {
    const link = store.state.links[id];
    if (link && (!user || store.canSeeLink(user, link))) return { kind: 'links' as Kind, record: link };
  }
  return undefined;
}

/** A record of a collection by id; 404 with the collection's name otherwise. */
export function requireRecord<T extends Rec>(records: Record<string, T>, what: string, id: string | number): T {
  const record = records[String(id)];
  if (!record) throw notFound(what, id);
  return record;
}

/** A record's name from a body: a non-blank string, else 400 `The <what> name is required.` */
export function requireName(name: unknown, what: string): string {
  if (typeof name !== 'string' || !name.trim()) throw badRequest(`The ${what} name is required.`);
  return name;
}

/** A body's fields that are set, without those in `skip`. */
export function defined(body: Record<string, unknown>, skip: string[]) {
  return Object.fromEntries(Object.entries(body).filter(([k, v]) => v !== undefined && !skip.includes(k)));
}

type Colors = Record<string, unknown>;

/** A `ui` field after an update: `undefined` keeps it, `null` clears it, else it merges (colors too). */
export function mergeUi(old: unknown, next: { colors?: Colors | null } | null | undefined) {
  if (next === undefined) return old;
  if (next === null) return null;
  const previous = (old ?? {}) as { colors?: Colors };
  return { ...previous, ...next, colors: { ...previous.colors, ...(next.colors ?? {}) } };
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
export function merge<T extends Rec>(record: T, patch: object | undefined, locked: string[] = ['id']): T {
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
