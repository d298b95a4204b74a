import { holds, requireAny } from '../access.ts';
import { leaveGroup } from '../domain/cascades.ts';
import { requireRecord } from '../domain/lookup.ts';
import { addRecord, removeRecord, updateRecord } from '../domain/records.ts';
import { groupsOf, objectAccess } from '../domain/user-view.ts';
import { badRequest, conflict, forbidden } from '../errors.ts';
import { handlers } from '../handler.ts';
import { AUDIT_ENTITY } from '../store/audit-entities.ts';
import type { Store } from '../store/store.ts';

function ensureNameFree(store: Store, name: string, except?: string) {
  if (!name.trim()) throw badRequest('The group name cannot be empty.');
  if (Object.values(store.state.userGroups).some((g) => g.name === name && g.id !== except)) {
    throw conflict(`A user group named "${name}" already exists.`);
  }
}

/**
 * User groups. Holders of manage-users see and change every group; others see only the groups
 * they belong to. Creating needs manage-users too, like every other change to groups.
 */
export const userGroupHandlers = handlers({
  'userGroups.list': ({ store, user }) => {
    const all = Object.values(store.state.userGroups);
    if (holds(user, 'manage-users')) return all;
    const mine = new Set(groupsOf(user));
    return all.filter((g) => mine.has(g.id));
  },

  'userGroups.get': ({ path, store, user }) => {
    const group = requireRecord(store.state.userGroups, 'User group', path.id);
    if (!holds(user, 'manage-users') && !groupsOf(user).includes(group.id)) throw forbidden('manage-users');
    return group;
  },

  'userGroups.create': ({ body, store, user }) => {
    requireAny(user, 'manage-users');
    ensureNameFree(store, body.name);
    return addRecord(store, user, { collection: 'userGroups', entity: AUDIT_ENTITY.unnamed }, (id) => ({
      permissions: [],
      eventFilter: [],
      ...body,
      id,
      objectPermissions: objectAccess(body.objectPermissions, { include: [], exclude: [] }),
    }));
  },

  'userGroups.update': ({ path, body, store, user }) => {
    const group = requireRecord(store.state.userGroups, 'User group', path.id);
    const { objectPermissions, ...fields } = body ?? {};
    if (fields.name !== undefined) ensureNameFree(store, fields.name, group.id);
    const access =
      objectPermissions === undefined
        ? undefined
        : objectAccess(objectPermissions, objectAccess(group.objectPermissions, { include: [], exclude: [] }));
    return updateRecord(store, user, AUDIT_ENTITY.unnamed, group, { ...fields, objectPermissions: access });
  },

  'userGroups.delete': ({ path, store, user }) => {
    const group = requireRecord(store.state.userGroups, 'User group', path.id);
    removeRecord(store, user, 'userGroups', AUDIT_ENTITY.unnamed, group);
    leaveGroup(store, group.id);
  },
});
