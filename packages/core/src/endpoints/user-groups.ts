import * as z from 'zod/mini';
import { defineEndpoint } from '../contract/define.ts';
import { userGroupSchema } from '../models/user-group.ts';
import { pathParam } from '../schema/conventions.ts';

/** Writable user-group fields, all optional (Update User Group). */
const groupFields = () => ({
  name: z.optional(z.string()),
  permissions: z.optional(z.array(z.string())),
  objectPermissions: z.optional(
    z.looseObject({
      include: z.optional(z.array(z.string())),
      exclude: z.optional(z.array(z.string())),
    }),
  ),
  eventFilter: z.optional(z.array(z.unknown())),
});

export const userGroupsCreate = defineEndpoint({
  id: 'userGroups.create',
  section: 'User Groups',
  title: 'Create User Group',
  method: 'POST',
  path: '/node/api/user-groups',
  // the page's permission line is not visible; sibling methods require manage-users
  permissions: 'manage-users',
  permissionsSource: 'sibling',
  provenance: 'documented',
  bodyKind: 'json',
  responseKind: 'json',
  schemas: () => ({
    body: z.looseObject({ ...groupFields(), name: z.string() }),
    response: userGroupSchema(),
  }),
});

export const userGroupsDelete = defineEndpoint({
  id: 'userGroups.delete',
  section: 'User Groups',
  title: 'Delete User Group',
  method: 'DELETE',
  path: '/node/api/user-groups/:id',
  permissions: 'manage-users',
  provenance: 'documented',
  bodyKind: 'none',
  responseKind: 'empty',
  schemas: () => ({
    path: z.object({ id: pathParam() }),
  }),
});

export const userGroupsGet = defineEndpoint({
  id: 'userGroups.get',
  section: 'User Groups',
  title: 'Get User Group by ID',
  method: 'GET',
  path: '/node/api/user-groups/:id',
  permissions: '',
  provenance: 'inferred',
  bodyKind: 'none',
  responseKind: 'json',
  schemas: () => ({
    path: z.object({ id: pathParam() }),
    response: userGroupSchema(),
  }),
});

export const userGroupsList = defineEndpoint({
  id: 'userGroups.list',
  section: 'User Groups',
  title: 'Get All User Groups',
  method: 'GET',
  path: '/node/api/user-groups',
  // needed to see every group
  permissions: 'manage-users',
  provenance: 'documented',
  bodyKind: 'none',
  responseKind: 'json',
  schemas: () => ({
    response: z.array(userGroupSchema()),
  }),
});

export const userGroupsUpdate = defineEndpoint({
  id: 'userGroups.update',
  section: 'User Groups',
  title: 'Update User Group',
  method: 'PATCH',
  path: '/node/api/user-groups/:id',
  permissions: 'manage-users',
  provenance: 'documented',
  bodyKind: 'json',
  responseKind: 'json',
  schemas: () => ({
    path: z.object({ id: pathParam() }),
    body: z.optional(z.looseObject(groupFields())),
    response: userGroupSchema(),
  }),
});
