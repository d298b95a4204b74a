/** Tags: names unique across the server; objects and links list the ids of theirs. */
import { untagEverywhere } from '../domain/cascades.ts';
import { requireName, requireRecord } from '../domain/lookup.ts';
import { conflict } from '../errors.ts';
import { handlers } from '../handler.ts';
import type { Store } from '../store/store.ts';
import { crud } from './crud-factory.ts';

const tags = crud('tags', {
  what: 'Tag',
  // objects and links lose the deleted tag
  onDelete: (store, tag) => untagEverywhere(store, tag.id),
});

function ensureTagNameFree(store: Store, name: string, except?: string) {
  if (Object.values(store.state.tags).some((t) => t.name === name && t.id !== except)) {
    throw conflict(`A tag named "${name}" already exists.`);
  }
}

export const tagHandlers = handlers({
  'tags.list': (c) => tags.list(c),
  'tags.get': (c) => tags.get(c),
  'tags.create': (c) => {
    ensureTagNameFree(c.store, requireName(c.body?.name, 'tag'));
    return tags.create(c);
  },
  'tags.update': (c) => {
    const tag = requireRecord(c.store.state.tags, 'Tag', c.path.id);
    if (c.body?.name !== undefined) ensureTagNameFree(c.store, requireName(c.body.name, 'tag'), tag.id);
    return tags.update(c);
  },
  'tags.delete': (c) => tags.delete(c),
});
