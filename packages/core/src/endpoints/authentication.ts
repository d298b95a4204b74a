import * as z from 'zod/mini';
import { defineEndpoint } from '../contract/define.ts';
import { userSchema } from '../models/user.ts';
import { pathParam } from '../schema/conventions.ts';
import { secret } from '../schema/marks.ts';

export const authTokensCreate = defineEndpoint({
  id: 'authTokens.create',
  section: 'Authentication',
  title: 'Create Authentication Token',
  method: 'POST',
  path: '/node/api/users/:id/auth-token',
  permissions: 'manage-users',
  provenance: 'documented',
  // a user has one token: issuing a new one revokes the old
  effect: 'destructive',
  bodyKind: 'none',
  responseKind: 'text',
  schemas: () => ({
    path: z.object({ id: pathParam() }),
    // the new token itself
    response: secret(z.string()),
  }),
});

export const authTokensDelete = defineEndpoint({
  id: 'authTokens.delete',
  section: 'Authentication',
  title: 'Delete Authentication Token',
  method: 'DELETE',
  path: '/node/api/users/:id/auth-token',
  permissions: 'manage-users',
  provenance: 'documented',
  bodyKind: 'none',
  responseKind: 'json',
  schemas: () => ({
    path: z.object({ id: pathParam() }),
    // The docs call the answer empty, but the newest page prints the user record with
    // authenticationToken null after the call: accept either.
    response: z.optional(userSchema()),
  }),
});

export const sessionsCreate = defineEndpoint({
  id: 'sessions.create',
  section: 'Authentication',
  title: 'Create Session ID',
  method: 'POST',
  path: '/node/api/users/session',
  permissions: '',
  provenance: 'documented',
  bodyKind: 'json',
  responseKind: 'text',
  auth: false,
  schemas: () => ({
    body: z.union([
      z.looseObject({ login: z.string(), password: secret(z.string(), { input: true }) }),
      // newest docs only
      z.looseObject({ 'auth-token': secret(z.string(), { input: true }) }),
    ]),
    // the new session id
    response: secret(z.string()),
  }),
});

export const sessionsDelete = defineEndpoint({
  id: 'sessions.delete',
  section: 'Authentication',
  title: 'Delete Session ID',
  method: 'DELETE',
  path: '/node/api/users/session',
  permissions: '',
  permissionsSource: 'open',
  provenance: 'documented',
  // logging out ends the caller's own session, nothing else
  effect: 'write',
  bodyKind: 'none',
  responseKind: 'empty',
  schemas: () => ({}),
});

export const sessionsVerify = defineEndpoint({
  id: 'sessions.verify',
  section: 'Authentication',
  title: 'Verify Session ID',
  method: 'GET',
  path: '/node/api/users/session/verify/:sid',
  permissions: '',
  provenance: 'documented',
  bodyKind: 'none',
  responseKind: 'json',
  schemas: () => ({
    // the session id to check
    path: z.object({ id: secret(pathParam()) }),
    response: z.nullable(z.boolean()),
  }),
});
