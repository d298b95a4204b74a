import * as z from 'zod/mini';
import { defineEndpoint } from '../registry/define.ts';
import { maybe, pathParam } from '../schema/conventions.ts';

export const authTokensCreate = defineEndpoint({
  id: 'authTokens.create',
  section: "Authentication",
  title: "Create Authentication Token",
  summary: "Issues a new API authentication token for the given user and returns it as a quoted string.",
  method: 'POST',
  path: '/node/api/users/:id/auth-token',
  permissions: "manage-users",
  provenance: 'documented',
  bodyKind: 'none',
  responseKind: 'json',
  schemas: () => ({
    path: z.object({ id: pathParam() }),
    response: z.string(),
  }),
});

export const authTokensDelete = defineEndpoint({
  id: 'authTokens.delete',
  section: "Authentication",
  title: "Delete Authentication Token",
  summary: "Revokes the API authentication token of the given user.",
  method: 'DELETE',
  path: '/node/api/users/:id/auth-token',
  permissions: "manage-users",
  provenance: 'documented',
  bodyKind: 'none',
  responseKind: 'empty',
  schemas: () => ({
    path: z.object({ id: pathParam() }),
  }),
});

export const sessionsCreate = defineEndpoint({
  id: 'sessions.create',
  section: "Authentication",
  title: "Create Session ID",
  summary: "Logs in with credentials (or an auth token) and returns a new session ID, also set as a cookie.",
  method: 'POST',
  path: '/node/api/users/session',
  permissions: "",
  provenance: 'documented',
  bodyKind: 'json',
  responseKind: 'json',
  auth: false,
  schemas: () => ({
    body: z.looseObject({
      login: z.string(),
      password: z.string(),
      "auth-token": maybe(z.string()),
    }),
    response: z.string(),
  }),
});

export const sessionsDelete = defineEndpoint({
  id: 'sessions.delete',
  section: "Authentication",
  title: "Delete Session ID",
  summary: "Logs out by invalidating the session whose ID is sent in the sid cookie.",
  method: 'DELETE',
  path: '/node/api/users/session',
  permissions: "",
  provenance: 'documented',
  bodyKind: 'none',
  responseKind: 'empty',
  schemas: () => ({}),
});

export const sessionsVerify = defineEndpoint({
  id: 'sessions.verify',
  section: "Authentication",
  title: "Verify Session ID",
  summary: "Checks whether a given session ID is still valid.",
  method: 'GET',
  path: '/node/api/users/session/verify/:sid',
  permissions: "",
  provenance: 'documented',
  bodyKind: 'none',
  responseKind: 'json',
  schemas: () => ({
    path: z.object({ sid: pathParam() }),
    response: z.boolean(),
  }),
});
