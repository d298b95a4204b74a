import * as z from 'zod/mini';
import { auditLogSchema } from '../models/audit-log.ts';
import { userSchema } from '../models/user.ts';
import { defineEndpoint } from '../registry/define.ts';
import { id, int, maybe, pathParam, timeBound } from '../schema/conventions.ts';

export const usersAuditLog = defineEndpoint({
  id: 'users.auditLog',
  section: "Users",
  title: "Get User's Audit Log",
  summary: "Lists audit-log records of changes made by a user, with time range and paging.",
  method: 'GET',
  path: '/node/api/users/:id/audit-log',
  permissions: "",
  provenance: 'documented',
  bodyKind: 'none',
  responseKind: 'json',
  schemas: () => ({
    path: z.object({ id: pathParam() }),
    query: z.optional(z.looseObject({
      from: z.optional(timeBound()),
      limit: z.optional(z.string()),
      skip: z.optional(z.string()),
      to: z.optional(timeBound()),
    })),
    response: z.array(auditLogSchema()),
  }),
});

export const usersCaptcha = defineEndpoint({
  id: 'users.captcha',
  section: "Users",
  title: "Generate CAPTCHA",
  summary: "Produces an SVG CAPTCHA plus a token for the registration flow.",
  method: 'GET',
  path: '/node/api/users/captcha',
  permissions: "",
  provenance: 'documented',
  bodyKind: 'none',
  responseKind: 'json',
  auth: false,
  schemas: () => ({
    response: z.looseObject({
      CAPTCHA: maybe(z.string()),
      token: maybe(z.string()),
    }),
  }),
});

export const usersChangePassword = defineEndpoint({
  id: 'users.changePassword',
  section: "Users",
  title: "Change User's Password",
  summary: "Changes a user's password given the current and new one.",
  method: 'PUT',
  path: '/node/api/users/:id/password',
  permissions: "manage-users",
  provenance: 'documented',
  bodyKind: 'json',
  responseKind: 'empty',
  schemas: () => ({
    path: z.object({ id: pathParam() }),
    body: z.looseObject({
      currentPassword: z.string(),
      newPassword: z.string(),
    }),
  }),
});

export const usersConfirmRegistration = defineEndpoint({
  id: 'users.confirmRegistration',
  section: "Users",
  title: "Confirm Registration",
  summary: "Activates a self-registered account using the e-mailed token, optionally setting a password.",
  method: 'POST',
  path: '/node/api/users/:id/confirm/:token',
  permissions: "",
  provenance: 'documented',
  bodyKind: 'json',
  responseKind: 'text',
  auth: false,
  schemas: () => ({
    path: z.object({ id: pathParam(), token: pathParam() }),
    body: z.looseObject({
      password: z.string(),
    }),
    response: z.string(),
  }),
});

export const usersCreate = defineEndpoint({
  id: 'users.create',
  section: "Users",
  title: "Create User",
  summary: "Creates a user account and returns the created user.",
  method: 'POST',
  path: '/node/api/users',
  permissions: "manage-users",
  provenance: 'documented',
  bodyKind: 'json',
  responseKind: 'json',
  schemas: () => ({
    body: z.optional(z.looseObject({
      login: maybe(z.string()),
      password: maybe(z.string()),
      permissions: maybe(z.array(z.string())),
      activeTo: maybe(int()),
      displayName: maybe(z.string()),
    })),
    response: userSchema(),
  }),
});

export const usersCurrent = defineEndpoint({
  id: 'users.current',
  section: "Users",
  title: "Get Current User",
  summary: "Returns the user record of the caller that is authenticated.",
  method: 'GET',
  path: '/node/api/users/current',
  permissions: "",
  provenance: 'documented',
  bodyKind: 'none',
  responseKind: 'json',
  schemas: () => ({
    response: userSchema(),
  }),
});

export const usersDelete = defineEndpoint({
  id: 'users.delete',
  section: "Users",
  title: "Delete User",
  summary: "Deletes the user with the given ID.",
  method: 'DELETE',
  path: '/node/api/users/:id',
  permissions: "manage-users",
  provenance: 'documented',
  bodyKind: 'none',
  responseKind: 'empty',
  schemas: () => ({
    path: z.object({ id: pathParam() }),
  }),
});

export const usersGet = defineEndpoint({
  id: 'users.get',
  section: "Users",
  title: "Get User by ID",
  summary: "Returns one user by ID; callers without manage-users get a reduced record.",
  method: 'GET',
  path: '/node/api/users/:id',
  permissions: "manage-users",
  provenance: 'documented',
  bodyKind: 'none',
  responseKind: 'json',
  schemas: () => ({
    path: z.object({ id: pathParam() }),
    response: userSchema(),
  }),
});

export const usersList = defineEndpoint({
  id: 'users.list',
  section: "Users",
  title: "Get All Users",
  summary: "Lists all users (without private fields such as passwords).",
  method: 'GET',
  path: '/node/api/users',
  permissions: "",
  provenance: 'documented',
  bodyKind: 'none',
  responseKind: 'json',
  schemas: () => ({
    response: z.array(userSchema()),
  }),
});

export const usersRestorePassword = defineEndpoint({
  id: 'users.restorePassword',
  section: "Users",
  title: "Restore User's Password",
  summary: "Sets a new password using the recovery token sent by e-mail.",
  method: 'POST',
  path: '/node/api/users/:id/restore/:token',
  permissions: "",
  provenance: 'documented',
  bodyKind: 'json',
  responseKind: 'text',
  auth: false,
  schemas: () => ({
    path: z.object({ id: pathParam(), token: pathParam() }),
    body: z.looseObject({
      password: z.string(),
    }),
    response: z.string(),
  }),
});

export const usersSessionLog = defineEndpoint({
  id: 'users.sessionLog',
  section: "Users",
  title: "Get Users' Sessions Log",
  summary: "Lists login-session records of users (start, end, expiry) with time range and paging.",
  method: 'GET',
  path: '/node/api/users/session/log',
  permissions: "read-session-log",
  provenance: 'documented',
  bodyKind: 'none',
  responseKind: 'json',
  schemas: () => ({
    query: z.optional(z.looseObject({
      from: z.optional(timeBound()),
      limit: z.optional(int()),
      skip: z.optional(int()),
      to: z.optional(timeBound()),
    })),
    response: z.array(z.unknown()),
  }),
});

export const usersSetFavorites = defineEndpoint({
  id: 'users.setFavorites',
  section: "Users",
  title: "Set Favorites",
  summary: "Overwrites the current user's favorites with the supplied collections.",
  method: 'POST',
  path: '/node/api/users/favorites',
  permissions: "",
  provenance: 'documented',
  bodyKind: 'json',
  responseKind: 'json',
  schemas: () => ({
    body: z.array(z.looseObject({
      name: maybe(z.string()),
      objects: maybe(z.array(z.string())),
      links: maybe(z.array(z.string())),
      operations: maybe(z.array(z.looseObject({
        id: maybe(id()),
        entityType: maybe(id()),
        entityId: maybe(id()),
      }))),
      graphs: maybe(z.array(z.looseObject({
        metric: maybe(z.string()),
        entityType: maybe(id()),
        entityId: maybe(id()),
      }))),
    })),
    response: z.array(z.unknown()),
  }),
});

export const usersSignup = defineEndpoint({
  id: 'users.signup',
  section: "Users",
  title: "Register User",
  summary: "Self-registers a new user after a CAPTCHA check and triggers a confirmation e-mail.",
  method: 'POST',
  path: '/node/api/users/signup',
  permissions: "manage-users",
  provenance: 'documented',
  bodyKind: 'json',
  responseKind: 'json',
  auth: false,
  schemas: () => ({
    body: z.looseObject({
      token: z.string(),
      captcha: z.string(),
      email: z.string(),
      login: z.string(),
      password: z.string(),
    }),
    response: userSchema(),
  }),
});

export const usersUpdate = defineEndpoint({
  id: 'users.update',
  section: "Users",
  title: "Update User",
  summary: "Partially updates a user's fields and returns the updated user.",
  method: 'PATCH',
  path: '/node/api/users/:id',
  permissions: "manage-users",
  provenance: 'documented',
  bodyKind: 'json',
  responseKind: 'json',
  schemas: () => ({
    path: z.object({ id: pathParam() }),
    body: z.optional(z.looseObject({})),
    response: userSchema(),
  }),
});
