import * as z from 'zod/mini';
import { userGroupSchema } from '../models/user-group.ts';
import { defineEndpoint } from '../registry/define.ts';
import { maybe, pathParam } from '../schema/conventions.ts';

export const userGroupsCreate = defineEndpoint({
  id: 'userGroups.create',
  section: "User Groups",
  title: "Create User Group",
  summary: "Creates a user group and returns it.",
  method: 'POST',
  path: '/node/api/user-groups',
  permissions: "",
  provenance: 'documented',
  bodyKind: 'json',
  responseKind: 'json',
  schemas: () => ({
    body: z.optional(z.looseObject({
      name: maybe(z.string()),
    })),
    response: userGroupSchema(),
  }),
});

export const userGroupsDelete = defineEndpoint({
  id: 'userGroups.delete',
  section: "User Groups",
  title: "Delete User Group",
  summary: "Deletes a user group (member accounts are kept).",
  method: 'DELETE',
  path: '/node/api/user-groups/:id',
  permissions: "manage-users",
  provenance: 'documented',
  bodyKind: 'none',
  responseKind: 'empty',
  schemas: () => ({
    path: z.object({ id: pathParam() }),
  }),
});

export const userGroupsGet = defineEndpoint({
  id: 'userGroups.get',
  section: "User Groups",
  title: "Get User Group by ID",
  summary: "Not found in the stored documentation; method and path follow the pattern of its documented siblings.",
  method: 'GET',
  path: '/node/api/user-groups/:id',
  permissions: "",
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
  section: "User Groups",
  title: "Get All User Groups",
  summary: "Lists user groups (all of them for manage-users holders, otherwise only the caller's groups).",
  method: 'GET',
  path: '/node/api/user-groups',
  permissions: "manage-users",
  provenance: 'documented',
  bodyKind: 'none',
  responseKind: 'json',
  schemas: () => ({
    response: z.array(userGroupSchema()),
  }),
});

export const userGroupsUpdate = defineEndpoint({
  id: 'userGroups.update',
  section: "User Groups",
  title: "Update User Group",
  summary: "Partially updates a user group and returns the result.",
  method: 'PATCH',
  path: '/node/api/user-groups/:id',
  permissions: "manage-users",
  provenance: 'documented',
  bodyKind: 'json',
  responseKind: 'json',
  schemas: () => ({
    path: z.object({ id: pathParam() }),
    body: z.optional(z.looseObject({})),
    response: userGroupSchema(),
  }),
});
