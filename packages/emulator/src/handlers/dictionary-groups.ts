/** Dictionary groups: folders of dictionaries. */
import { requireAny } from '../access.ts';
import { ungroupDictionaries } from '../domain/cascades.ts';
import { requireName } from '../domain/lookup.ts';
import { handlers } from '../handler.ts';
import type { UserRecord } from '../store/state.ts';
import { crud } from './crud-factory.ts';

const dictionaryGroups = crud('dictionaryGroups', {
  what: 'Dictionary group',
  defaults: () => ({ description: '' }),
  // an `id` the body chooses is kept when it is free
  keepsChosenId: true,
  // the dictionaries filed under a deleted group stay, ungrouped
  onDelete: (store, group) => ungroupDictionaries(store, group.id),
});

const manageDictionaries = (user: UserRecord) => requireAny(user, 'manage-dictionaries');

// only creating is documented (manage-dictionaries); changes and deletion take the same right
export const dictionaryGroupHandlers = handlers({
  'dictionaryGroups.list': (c) => dictionaryGroups.list(c),
  'dictionaryGroups.create': (c) => {
    requireName(c.body?.name, 'dictionary group');
    return dictionaryGroups.create(c);
  },
  'dictionaryGroups.update': (c) => {
    manageDictionaries(c.user);
    if (c.body?.name !== undefined) requireName(c.body.name, 'dictionary group');
    return dictionaryGroups.update(c);
  },
  'dictionaryGroups.delete': (c) => {
    manageDictionaries(c.user);
    return dictionaryGroups.delete(c);
  },
});
