import { requireAny } from '../access.ts';
import { merge, requireRecord } from '../domain/lookup.ts';
import { badRequest, conflict } from '../errors.ts';
import { handlers } from '../handler.ts';
import type { CollectionName, Rec, UserRecord } from '../store/state.ts';
import type { Store } from '../store/store.ts';
import { type Ctx, crud } from './crud.ts';
import { flowRefHandlers } from './flows-refs.ts';
import { notificationTemplateHandlers } from './notification-templates.ts';

/** The value types SAYMON ships (all `system`: they cannot be changed). */
export const BUILT_IN_VALUE_TYPES: Rec[] = [
  { id: 'date', name: 'Date', mask: '', system: true },
  { id: 'datetime', name: 'DateTime', mask: '', system: true },
  { id: 'dictionary', name: 'Dictionary', mask: '', system: true },
  {
    id: 'ip',
    name: 'IP address',
    mask: { regex: '^((25[0-5]|2[0-4]\\d|1\\d\\d|[1-9]?\\d)\\.){3}(25[0-5]|2[0-4]\\d|1\\d\\d|[1-9]?\\d)$' },
    system: true,
  },
  { id: 'mac', name: 'MAC address', mask: { regex: '^([0-9A-Fa-f]{2}[:-]){5}[0-9A-Fa-f]{2}$' }, system: true },
];

function valueTypes(store: Store): Rec[] {
  if (store.state.propertyValueTypes.length === 0)
    store.state.propertyValueTypes = structuredClone(BUILT_IN_VALUE_TYPES);
  return store.state.propertyValueTypes;
}

function requireName(name: unknown, what: string): string {
  if (typeof name !== 'string' || !name.trim()) throw badRequest(`The ${what} name is required.`);
  return name;
}

/** Creates a record, keeping an `id` the body chose when it is free (dictionaries and their groups allow it). */
function createWithId(c: Ctx, collection: CollectionName, defaults: Record<string, unknown> = {}): Rec {
  const records = c.store.state[collection] as Record<string, Rec>;
  const chosen = c.body?.id;
  if (chosen !== undefined && chosen !== null && records[String(chosen)]) {
    throw conflict(`A record with id ${String(chosen)} already exists.`);
  }
  const id = chosen !== undefined && chosen !== null ? String(chosen) : c.store.newId();
  const record: Rec = { ...defaults, ...(c.body ?? {}), id };
  records[id] = record;
  c.store.audit(c.user, 'create', 0, id, null, record);
  return record;
}

const ctx = (c: unknown) => c as Ctx;

const dictionaries = crud('dictionaries', { what: 'Dictionary' });
const dictionaryGroups = crud('dictionaryGroups', {
  what: 'Dictionary group',
  // the dictionaries filed under a deleted group stay, ungrouped
  onDelete: ({ store }, group) => {
    for (const dictionary of Object.values(store.state.dictionaries)) {
      for (const field of ['group', 'groupId', 'group_id'])
        if (dictionary[field] === group.id) dictionary[field] = null;
    }
  },
});
const presets = crud('presets', { what: 'Preset' });
const scripts = crud('scripts', { what: 'Script', defaults: () => ({ text: '' }) });
const tags = crud('tags', {
  what: 'Tag',
  // objects and links lose the deleted tag
  onDelete: ({ store }, tag) => {
    for (const entity of [...Object.values(store.state.objects), ...Object.values(store.state.links)]) {
      if (Array.isArray(entity.tags)) entity.tags = entity.tags.filter((t) => String(t) !== tag.id);
    }
  },
});
const propertyClasses = crud('propertyClasses', { what: 'Property class' });

function ensureTagNameFree(store: Store, name: string, except?: string) {
  if (Object.values(store.state.tags).some((t) => t.name === name && t.id !== except)) {
    throw conflict(`A tag named "${name}" already exists.`);
  }
}

/** A property class's value type must exist; the `dictionary` type needs an existing dictionary as `source`. */
function checkPropertyClass(store: Store, record: Record<string, unknown>) {
  const type = record.value_type_id;
  if (type === undefined || type === null || type === '') throw badRequest('The value_type_id is required.');
  if (!valueTypes(store).some((t) => String(t.id) === String(type))) throw badRequest(`Unknown value type "${type}".`);
  if (String(type) === 'dictionary' && !store.state.dictionaries[String(record.source ?? '')]) {
    throw badRequest(`The source dictionary ${String(record.source ?? '')} does not exist.`);
  }
}

function dictionaryInUse(store: Store, id: string): boolean {
  return Object.values(store.state.propertyClasses).some(
    (p) => String(p.value_type_id) === 'dictionary' && String(p.source) === id,
  );
}

const manageScripts = (user: UserRecord) => requireAny(user, 'manage-scripts');
const manageDictionaries = (user: UserRecord) => requireAny(user, 'manage-dictionaries');

/** Dictionaries, presets, scripts, tags, property classes, plus flows, references and notification templates. */
export const catalogHandlers = handlers({
  ...flowRefHandlers,
  ...notificationTemplateHandlers,

  'dictionaries.list': (c) => dictionaries.list(ctx(c)),
  'dictionaries.get': (c) => dictionaries.get(ctx(c)),
  'dictionaries.create': (c) => {
    requireName(c.body?.name, 'dictionary');
    return createWithId(ctx(c), 'dictionaries', { content: {} });
  },
  'dictionaries.update': (c) => {
    if (c.body?.name !== undefined) requireName(c.body.name, 'dictionary');
    return dictionaries.update(ctx(c));
  },
  'dictionaries.delete': (c) => {
    const record = requireRecord(c.store.state.dictionaries, 'Dictionary', c.path.id);
    if (dictionaryInUse(c.store, record.id)) {
      throw conflict(`Dictionary ${record.id} is the source of a property class.`);
    }
    return dictionaries.delete(ctx(c));
  },

  // only creating is documented (manage-dictionaries); changes and deletion take the same right
  'dictionaryGroups.list': (c) => dictionaryGroups.list(ctx(c)),
  'dictionaryGroups.create': (c) => {
    requireName(c.body?.name, 'dictionary group');
    return createWithId(ctx(c), 'dictionaryGroups', { description: '' });
  },
  'dictionaryGroups.update': (c) => {
    manageDictionaries(c.user);
    if (c.body?.name !== undefined) requireName(c.body.name, 'dictionary group');
    return dictionaryGroups.update(ctx(c));
  },
  'dictionaryGroups.delete': (c) => {
    manageDictionaries(c.user);
    return dictionaryGroups.delete(ctx(c));
  },

  'presets.list': (c) => presets.list(ctx(c)),
  'presets.get': (c) => presets.get(ctx(c)),
  'presets.create': (c) => {
    requireName(c.body?.name, 'preset');
    return presets.create(ctx(c));
  },
  // a PUT that changes only the fields it names, as the docs' example shows
  'presets.update': (c) => presets.update(ctx(c)),
  'presets.delete': (c) => presets.delete(ctx(c)),

  // only changing is documented (manage-scripts); creating and deleting take the same right
  'scripts.list': (c) => scripts.list(ctx(c)),
  'scripts.get': (c) => scripts.get(ctx(c)),
  'scripts.create': (c) => {
    manageScripts(c.user);
    requireName(c.body?.name, 'script');
    return scripts.create(ctx(c));
  },
  'scripts.update': (c) => {
    if (c.body?.name !== undefined) requireName(c.body.name, 'script');
    return scripts.update(ctx(c));
  },
  'scripts.delete': (c) => {
    manageScripts(c.user);
    return scripts.delete(ctx(c));
  },

  'tags.list': (c) => tags.list(ctx(c)),
  'tags.get': (c) => tags.get(ctx(c)),
  'tags.create': (c) => {
    ensureTagNameFree(c.store, requireName(c.body?.name, 'tag'));
    return tags.create(ctx(c));
  },
  'tags.update': (c) => {
    const tag = requireRecord(c.store.state.tags, 'Tag', c.path.id);
    if (c.body?.name !== undefined) ensureTagNameFree(c.store, requireName(c.body.name, 'tag'), tag.id);
    return tags.update(ctx(c));
  },
  'tags.delete': (c) => tags.delete(ctx(c)),

  'propertyClasses.list': (c) => propertyClasses.list(ctx(c)),
  'propertyClasses.get': (c) => propertyClasses.get(ctx(c)),
  'propertyClasses.create': ({ body, store, user }) => {
    requireName(body.name, 'property class');
    const id = store.newId();
    const record: Rec = {
      description: '',
      value: null,
      multiple: false,
      source: '',
      mask: '',
      ...body,
      system: false,
      id,
    };
    checkPropertyClass(store, record);
    store.state.propertyClasses[id] = record;
    store.audit(user, 'create', 0, id, null, record);
    return record;
  },
  'propertyClasses.update': ({ path, body, store, user }) => {
    const record = requireRecord(store.state.propertyClasses, 'Property class', path.id);
    if (record.system === true) throw badRequest(`Property class ${record.id} is built in and cannot be changed.`);
    if (body.name !== undefined) requireName(body.name, 'property class');
    const next = merge(structuredClone(record), body, ['id', 'system']);
    checkPropertyClass(store, next);
    const before = structuredClone(record);
    Object.assign(record, next);
    store.audit(user, 'update', 0, record.id, before, record);
    return record;
  },
  'propertyClasses.valueTypes': ({ store }) => valueTypes(store),
});
