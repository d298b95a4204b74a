import { holds, requireAny } from '../access.ts';
import { merge, requireRecord } from '../domain/lookup.ts';
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
    const id = store.newId();
    const group = {
      permissions: [],
      eventFilter: [],
      ...body,
      id,
      objectPermissions: objectAccess(body.objectPermissions, { include: [], exclude: [] }),
    };
    store.state.userGroups[id] = group;
    store.audit(user, 'create', AUDIT_ENTITY.unnamed, id, null, group);
    return group;
  },

  'userGroups.update': ({ path, body, store, user }) => {
    const group = requireRecord(store.state.userGroups, 'User group', path.id);
    const before = structuredClone(group);
    const { objectPermissions, ...fields } = body ?? {};
    if (fields.name !== undefined) ensureNameFree(store, fields.name, group.id);
    merge(group, fields);
    if (objectPermissions !== undefined) {
      const current = objectAccess(group.objectPermissions, { include: [], exclude: [] });
      group.objectPermissions = objectAccess(objectPermissions, current);
    }
    store.audit(user, 'update', AUDIT_ENTITY.unnamed, group.id, before, group);
    return group;
  },

  'userGroups.delete': ({ path, store, user }) => {
    const group = requireRecord(store.state.userGroups, 'User group', path.id);
    delete store.state.userGroups[group.id];
    // the members keep their accounts; they just leave the group
    for (const member of Object.values(store.state.users)) {
      const ids = groupsOf(member);
      if (!ids.includes(group.id)) continue;
      const rest = ids.filter((id) => id !== group.id);
      member.group = Array.isArray(member.group) ? rest : null;
    }
    store.audit(user, 'delete', AUDIT_ENTITY.unnamed, group.id, group, null);
  },
});
