import * as z from 'zod/mini';
import { defineEndpoint } from '../contract/define.ts';
import { auditLogSchema } from '../models/audit-log.ts';
import { userSchema } from '../models/user.ts';
import { anyObject, id, idOut, int, maybe, opt, pathParam, timeBound } from '../schema/conventions.ts';
import { secret } from '../schema/marks.ts';

/** Writable user fields (request bodies of Create User and Update User). */
const userFields = () => ({
  login: z.optional(z.string()),
  email: z.optional(z.string()),
  displayName: z.optional(z.string()),
  password: z.optional(secret(z.string(), { input: true })),
  permissions: z.optional(z.array(z.string())),
  objectPermissions: z.optional(
    z.looseObject({
      include: z.optional(z.array(z.string())),
      exclude: z.optional(z.array(z.string())),
    }),
  ),
  activeTo: maybe(int()),
  status: z.optional(int()),
  contacts: z.optional(z.array(z.string())),
  // a single group id on old servers, a list on current ones
  group: maybe(z.union([z.string(), z.array(z.string())])),
  language: z.optional(z.string()),
  eventFilter: z.optional(z.array(z.unknown())),
  pushFilter: z.optional(anyObject()),
  uiSettings: z.optional(z.looseObject({ muteSystemSounds: z.optional(z.boolean()) })),
  favorites: z.optional(z.unknown()),
});

/** One favorites collection; the docs give this as the recommended, not enforced, structure. */
const favoritesCollection = () =>
  z.looseObject({
    name: maybe(z.string()),
    objects: maybe(z.array(z.string())),
    links: maybe(z.array(z.string())),
    // entityType: 1 = object, 2 = link
    operations: maybe(
      z.array(
        z.looseObject({
          id: maybe(id()),
          entityType: maybe(int()),
          entityId: maybe(id()),
        }),
      ),
    ),
    graphs: maybe(
      z.array(
        z.looseObject({
          metric: maybe(z.string()),
          entityType: maybe(int()),
          entityId: maybe(id()),
        }),
      ),
    ),
  });

/** Paging and time range of the log methods. */
const logQuery = () =>
  z.optional(
    z.looseObject({
      from: z.optional(timeBound()),
      to: z.optional(timeBound()),
      limit: z.optional(int()),
      skip: z.optional(int()),
    }),
  );

export const usersAuditLog = defineEndpoint({
  id: 'users.auditLog',
  section: 'Users',
  title: "Get User's Audit Log",
  method: 'GET',
  path: '/node/api/users/:id/audit-log',
  permissions: '',
  provenance: 'documented',
  bodyKind: 'none',
  responseKind: 'json',
  schemas: () => ({
    path: z.object({ id: pathParam() }),
    query: logQuery(),
    response: z.array(auditLogSchema()),
  }),
});

export const usersCaptcha = defineEndpoint({
  id: 'users.captcha',
  section: 'Users',
  title: 'Generate CAPTCHA',
  method: 'GET',
  path: '/node/api/users/captcha',
  permissions: '',
  provenance: 'documented',
  bodyKind: 'none',
  responseKind: 'json',
  auth: false,
  schemas: () => ({
    response: z.looseObject({
      CAPTCHA: z.string(),
      token: secret(z.string()),
    }),
  }),
});

export const usersChangePassword = defineEndpoint({
  id: 'users.changePassword',
  section: 'Users',
  title: "Change User's Password",
  method: 'PUT',
  path: '/node/api/users/:id/password',
  // only needed to change another user's password
  permissions: 'manage-users',
  provenance: 'documented',
  bodyKind: 'json',
  responseKind: 'empty',
  schemas: () => ({
    path: z.object({ id: pathParam() }),
    body: z.looseObject({
      currentPassword: secret(z.string(), { input: true }),
      newPassword: secret(z.string(), { input: true }),
    }),
  }),
});

export const usersConfirmRegistration = defineEndpoint({
  id: 'users.confirmRegistration',
  section: 'Users',
  title: 'Confirm Registration',
  method: 'POST',
  path: '/node/api/users/:id/confirm/:token',
  permissions: '',
  provenance: 'documented',
  bodyKind: 'json',
  responseKind: 'text',
  auth: false,
  schemas: () => ({
    path: z.object({ id: pathParam(), token: secret(pathParam()) }),
    body: z.looseObject({
      password: z.nullable(secret(z.string(), { input: true })),
    }),
    response: z.string(),
  }),
});

export const usersCreate = defineEndpoint({
  id: 'users.create',
  section: 'Users',
  title: 'Create User',
  method: 'POST',
  path: '/node/api/users',
  permissions: 'manage-users',
  provenance: 'documented',
  bodyKind: 'json',
  responseKind: 'json',
  schemas: () => ({
    body: z.optional(z.looseObject(userFields())),
    response: userSchema(),
  }),
});

export const usersCurrent = defineEndpoint({
  id: 'users.current',
  section: 'Users',
  title: 'Get Current User',
  method: 'GET',
  path: '/node/api/users/current',
  permissions: '',
  provenance: 'documented',
  bodyKind: 'none',
  responseKind: 'json',
  schemas: () => ({
    response: userSchema(),
  }),
});

export const usersDelete = defineEndpoint({
  id: 'users.delete',
  section: 'Users',
  title: 'Delete User',
  method: 'DELETE',
  path: '/node/api/users/:id',
  permissions: 'manage-users',
  provenance: 'documented',
  bodyKind: 'none',
  responseKind: 'empty',
  schemas: () => ({
    path: z.object({ id: pathParam() }),
  }),
});

export const usersGet = defineEndpoint({
  id: 'users.get',
  section: 'Users',
  title: 'Get User by ID',
  method: 'GET',
  path: '/node/api/users/:id',
  // needed for the full record only
  permissions: 'manage-users',
  provenance: 'documented',
  bodyKind: 'none',
  responseKind: 'json',
  schemas: () => ({
    path: z.object({ id: pathParam() }),
    // the newest docs print the reduced answer as a list of { id, login }
    response: z.union([userSchema(), z.array(userSchema())]),
  }),
});

export const usersList = defineEndpoint({
  id: 'users.list',
  section: 'Users',
  title: 'Get All Users',
  method: 'GET',
  path: '/node/api/users',
  permissions: '',
  provenance: 'documented',
  bodyKind: 'none',
  responseKind: 'json',
  schemas: () => ({
    response: z.array(userSchema()),
  }),
});

export const usersRestorePassword = defineEndpoint({
  id: 'users.restorePassword',
  section: 'Users',
  title: "Restore User's Password",
  method: 'POST',
  path: '/node/api/users/:id/restore/:token',
  permissions: '',
  provenance: 'documented',
  bodyKind: 'json',
  responseKind: 'text',
  auth: false,
  schemas: () => ({
    path: z.object({ id: pathParam(), token: secret(pathParam()) }),
    body: z.looseObject({
      password: secret(z.string(), { input: true }),
    }),
    response: z.string(),
  }),
});

export const usersSessionLog = defineEndpoint({
  id: 'users.sessionLog',
  section: 'Users',
  title: "Get Users' Sessions Log",
  method: 'GET',
  path: '/node/api/users/session/log',
  permissions: 'read-session-log',
  provenance: 'documented',
  bodyKind: 'none',
  responseKind: 'json',
  schemas: () => ({
    query: logQuery(),
    response: z.array(
      z.looseObject({
        id: opt(idOut()),
        userId: opt(idOut()),
        login: opt(z.string()),
        startTime: opt(z.number()),
        // `null` while the session is open
        endTime: opt(z.nullable(z.number())),
        expiredAt: opt(z.number()),
      }),
    ),
  }),
});

export const usersSetFavorites = defineEndpoint({
  id: 'users.setFavorites',
  section: 'Users',
  title: 'Set Favorites',
  method: 'POST',
  path: '/node/api/users/favorites',
  permissions: '',
  permissionsSource: 'open',
  provenance: 'documented',
  // overwrites the favorites
  idempotent: true,
  bodyKind: 'json',
  responseKind: 'json',
  schemas: () => ({
    body: z.optional(z.array(favoritesCollection())),
    response: z.array(favoritesCollection()),
  }),
});

export const usersSignup = defineEndpoint({
  id: 'users.signup',
  section: 'Users',
  title: 'Register User',
  method: 'POST',
  path: '/node/api/users/signup',
  permissions: 'manage-users',
  provenance: 'documented',
  bodyKind: 'json',
  responseKind: 'json',
  auth: false,
  schemas: () => ({
    body: z.looseObject({
      token: secret(z.string(), { input: true }),
      captcha: z.string(),
      email: z.string(),
      login: z.string(),
      password: secret(z.string(), { input: true }),
    }),
    response: userSchema(),
  }),
});

export const usersUpdate = defineEndpoint({
  id: 'users.update',
  section: 'Users',
  title: 'Update User',
  method: 'PATCH',
  path: '/node/api/users/:id',
  permissions: 'manage-users',
  provenance: 'documented',
  bodyKind: 'json',
  responseKind: 'json',
  schemas: () => ({
    path: z.object({ id: pathParam() }),
    body: z.optional(z.looseObject(userFields())),
    response: userSchema(),
  }),
});
