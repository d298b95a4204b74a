/** What deleting a record takes along in the records that name it. */
import type { EntityKey, Id } from '../store/state.ts';
import type { Store } from '../store/store.ts';
import { groupsOf } from './user-view.ts';

/** Objects and links lose a deleted tag. */
export function untagEverywhere(store: Store, tagId: Id): void {
  for (const entity of [...Object.values(store.state.objects), ...Object.values(store.state.links)]) {
    if (!Array.isArray(entity.tags) || !entity.tags.some((t) => String(t) === tagId)) continue;
    entity.tags = entity.tags.filter((t) => String(t) !== tagId);
    store.updated(entity);
  }
}

/** The dictionaries filed under a deleted group stay, ungrouped. */
export function ungroupDictionaries(store: Store, groupId: Id): void {
  for (const dictionary of Object.values(store.state.dictionaries)) {
    for (const field of ['group', 'groupId', 'group_id']) {
      if (dictionary[field] !== groupId) continue;
      dictionary[field] = null;
      store.updated(dictionary);
    }
  }
}

/** The documents of a deleted entity (`owner` is its key) go with it. */
export function dropDocumentsOf(store: Store, owner: EntityKey): void {
  for (const [id, doc] of Object.entries(store.state.documents))
    if (doc.owner === owner) delete store.state.documents[id];
}

/** The members of a deleted user group keep their accounts; they just leave the group. */
export function leaveGroup(store: Store, groupId: Id): void {
  for (const member of Object.values(store.state.users)) {
    const ids = groupsOf(member);
    if (!ids.includes(groupId)) continue;
    const rest = ids.filter((id) => id !== groupId);
    member.group = Array.isArray(member.group) ? rest : null;
    store.updated(member);
  }
}
