/**
 * The experimental v2 search calls: filter, field selection, sorting (`!key` descending) and
 * paging in one POST, answered as `{ items, count }` (`count`: how many items are returned, as
 * the getRefs page says). Only what the caller may see is searched.
 */
import { pickFields } from '../domain/lookup.ts';
import { ROOT_ID } from '../domain/tree.ts';
import { badRequest } from '../errors.ts';
import { handlers } from '../handler.ts';
import type { Rec, UserRecord } from '../store/state.ts';
import type { Store } from '../store/store.ts';

type Filter = Record<string, unknown>;

const OBJECT_FIELDS = [
  'id',
  'name',
  'class_id',
  'state_id',
  'parent_id',
  'child_ids',
  'child_link_ids',
  'child_ref_ids',
  'last_state_update',
  'tags',
];
const LINK_FIELDS = [
  'source',
  'target',
  'class_id',
  'state_id',
  'last_state_update',
  'source_name',
  'target_name',
  'name',
  'id',
];
const REF_FIELDS = ['target', 'owner', 'client_data', 'id', 'entityType'];

const ids = (value: unknown): string[] | undefined =>
  value === undefined || value === null ? undefined : (Array.isArray(value) ? value : [value]).map(String);

const asList = (value: unknown): string[] =>
  value === undefined || value === null || value === '' ? [] : (Array.isArray(value) ? value : [value]).map(String);

/** A filter key in its newest (plural) spelling or its older singular one. */
function key(filter: Filter, ...names: string[]): string[] | undefined {
  for (const name of names) {
    const value = ids(filter[name]);
    if (value) return value;
  }
  return undefined;
}

/** Keeps records whose field (a value or a list) holds one of the wanted values; no filter keeps all. */
const any = (record: Rec, field: string, wanted: string[] | undefined) =>
  !wanted || asList(record[field]).some((v) => wanted.includes(v));

function ancestors(store: Store, object: Rec, seen = new Set<string>()): string[] {
  const out: string[] = [];
  for (const parent of asList(object.parent_id)) {
    if (seen.has(parent)) continue;
    seen.add(parent);
    out.push(parent);
    const record = store.state.objects[parent];
    if (record) out.push(...ancestors(store, record, seen));
  }
  return out;
}

/**
 * Each path from the root to the object, as names joined by ` / ` (the root itself left out);
 * ancestors the viewer cannot see are left out of each path.
 */
function paths(store: Store, viewer: UserRecord, object: Rec, seen = new Set<string>()): string[] {
  const name = String(object.name ?? object.id);
  if (String(object.id) === ROOT_ID) return [''];
  const shown = seen.size === 0 || store.canSeeObject(viewer, String(object.id));
  const parents = asList(object.parent_id).filter((p) => store.state.objects[p] && !seen.has(p));
  if (parents.length === 0) return [shown ? name : ''];
  return parents.flatMap((p) =>
    paths(store, viewer, store.state.objects[p] as Rec, new Set([...seen, String(object.id)])).map((prefix) =>
      !shown ? prefix : prefix ? `${prefix} / ${name}` : name,
    ),
  );
}

function compare(a: unknown, b: unknown): number {
  if (a === b) return 0;
  if (a === undefined || a === null) return 1;
  if (b === undefined || b === null) return -1;
  if (typeof a === 'number' && typeof b === 'number') return a - b;
  return String(a).localeCompare(String(b), undefined, { numeric: true });
}

function sortAndPage(records: Rec[], body: { order?: string[]; limit?: unknown; offset?: unknown }): Rec[] {
  const order = (body.order ?? []).map((k) => ({ key: k.replace(/^!/, ''), desc: k.startsWith('!') }));
  const sorted =
    order.length === 0
      ? records
      : [...records].sort((a, b) => {
          for (const { key, desc } of order) {
            const diff = compare(a[key], b[key]);
            if (diff !== 0) return desc && a[key] != null && b[key] != null ? -diff : diff;
          }
          return 0;
        });
  const offset = count(body.offset, 'offset') ?? 0;
  const limit = count(body.limit, 'limit');
  return sorted.slice(offset, limit === undefined ? undefined : offset + limit);
}

function count(value: unknown, name: string): number | undefined {
  if (value === undefined || value === null || value === '') return undefined;
  const n = Number(value);
  if (!Number.isInteger(n) || n < 0) throw badRequest(`Invalid "${name}" value: ${String(value)}`);
  return n;
}

function select(records: Rec[], fields: string[] | undefined, defaults: string[]) {
  const items = records.map(
    (r) => pickFields(r, (fields?.length ? fields : defaults).join(',')) as Record<string, unknown>,
  );
  return { items, count: items.length };
}

export const v2Handlers = handlers({
  'v2.getObjects': ({ store, user, body = {} }) => {
    const filter = (body.filter ?? {}) as Filter;
    const flags = new Set(body.flags ?? []);
    const parents = key(filter, 'parent_ids', 'parent_id');
    const children = key(filter, 'child_ids', 'child_id');
    const name = typeof filter.name === 'string' ? filter.name.toLowerCase() : undefined;
    const found = Object.values(store.state.objects).filter(
      (o) =>
        store.canSeeObject(user, String(o.id)) &&
        (flags.has('withHidden') || o.hidden !== true) &&
        any(o, 'id', key(filter, 'ids', 'id')) &&
        any(o, 'state_id', key(filter, 'state_ids', 'state_id')) &&
        any(o, 'class_id', key(filter, 'class_ids', 'class_id')) &&
        any(o, 'tags', key(filter, 'tags')) &&
        any(o, 'child_ids', children) &&
        (!parents ||
          (flags.has('deepParents') ? ancestors(store, o) : asList(o.parent_id)).some((p) => parents.includes(p))) &&
        (name === undefined ||
          String(o.name ?? '')
            .toLowerCase()
            .includes(name)),
    );
    const page = sortAndPage(found, body);
    const answer = select(page, body.fields, OBJECT_FIELDS);
    if (!flags.has('paths')) return answer;
    return {
      ...answer,
      items: answer.items.map((item, i) => ({ ...item, paths: paths(store, user, page[i] as Rec) })),
    };
  },
  'v2.getLinks': ({ store, user, body = {} }) => {
    const filter = (body.filter ?? {}) as Filter;
    const found = Object.values(store.state.links).filter(
      (l) =>
        store.canSeeLink(user, l) &&
        any(l, 'id', key(filter, 'id', 'ids')) &&
        any(l, 'source', key(filter, 'source')) &&
        any(l, 'target', key(filter, 'target')) &&
        any(l, 'state_id', key(filter, 'state_id', 'state_ids')) &&
        any(l, 'class_id', key(filter, 'class_id', 'class_ids')) &&
        any(l, 'tags', key(filter, 'tags')),
    );
    return select(sortAndPage(found, body), body.fields, LINK_FIELDS);
  },
  'v2.getRefs': ({ store, user, body = {} }) => {
    const filter = (body.filter ?? {}) as Filter;
    const found = Object.values(store.state.refs).filter(
      (r) =>
        store.canSeeObject(user, String(r.owner)) &&
        store.canSeeObject(user, String(r.target)) &&
        any(r, 'id', key(filter, 'ids')) &&
        any(r, 'owner', key(filter, 'owner_ids')) &&
        any(r, 'target', key(filter, 'target_ids')),
    );
    return select(sortAndPage(found, body), undefined, REF_FIELDS);
  },
});
