/** What deleting a record takes along in the records that name it. */
import type { Id } from '../store/state.ts';
import type { Store } from '../store/store.ts';

/** Objects and links lose a deleted tag. */
export function untagEverywhere(store: Store, tagId: Id): void {
  for (const entity of [...Object.values(store.state.objects), ...Object.values(store.state.links)]) {
    if (Array.isArray(entity.tags)) entity.tags = entity.tags.filter((t) => String(t) !== tagId);
  }
}

/** The dictionaries filed under a deleted group stay, ungrouped. */
export function ungroupDictionaries(store: Store, groupId: Id): void {
  for (const dictionary of Object.values(store.state.dictionaries)) {
    for (const field of ['group', 'groupId', 'group_id']) if (dictionary[field] === groupId) dictionary[field] = null;
  }
}
