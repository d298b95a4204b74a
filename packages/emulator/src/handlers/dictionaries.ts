/** Dictionaries: named value lists; the source of property classes of the `dictionary` type. */
import { requireName, requireRecord } from '../domain/lookup.ts';
import { conflict } from '../errors.ts';
import { handlers } from '../handler.ts';
import type { Store } from '../store/store.ts';
import { crud } from './crud-factory.ts';

// an `id` the body chooses is kept when it is free
const dictionaries = crud('dictionaries', {
  what: 'Dictionary',
  defaults: () => ({ content: {} }),
  keepsChosenId: true,
});

function dictionaryInUse(store: Store, id: string): boolean {
  return Object.values(store.state.propertyClasses).some(
    (p) => String(p.value_type_id) === 'dictionary' && String(p.source) === id,
  );
}

export const dictionaryHandlers = handlers({
  'dictionaries.list': (c) => dictionaries.list(c),
  'dictionaries.get': (c) => dictionaries.get(c),
  'dictionaries.create': (c) => {
    requireName(c.body?.name, 'dictionary');
    return dictionaries.create(c);
  },
  'dictionaries.update': (c) => {
    if (c.body?.name !== undefined) requireName(c.body.name, 'dictionary');
    return dictionaries.update(c);
  },
  'dictionaries.delete': (c) => {
    const record = requireRecord(c.store.state.dictionaries, 'Dictionary', c.path.id);
    if (dictionaryInUse(c.store, record.id)) {
      throw conflict(`Dictionary ${record.id} is the source of a property class.`);
    }
    return dictionaries.delete(c);
  },
});
