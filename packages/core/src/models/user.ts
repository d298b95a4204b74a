import * as z from 'zod/mini';
import { idOut, intOut, opt } from '../schema/conventions.ts';
import type { Known } from '../schema/known.ts';
import { lazy } from '../schema/lazy.ts';
import { secret } from '../schema/marks.ts';

/**
 * A user account. Callers without `manage-users` get only id and login (the other users' records),
 * so only those two are required. Unknown fields are kept.
 */
export const userSchema = lazy(() =>
  z.looseObject({
    id: idOut(),
    /** Callers without `manage-users` get the display name here. */
    login: z.string(),
    email: opt(z.string()),
    displayName: opt(z.string()),
    /** `null` when the user has no token. */
    authenticationToken: opt(z.nullable(secret(z.string()))),
    /** 0 needs activation, 3 blocked; the examples show 2 for an active user. */
    status: opt(intOut()),
    activeTo: opt(z.number()),
    // one group id in old docs, a list in newer ones
    group: opt(z.nullable(z.union([z.string(), z.array(z.string())]))),
    permissions: opt(z.array(z.string())),
    objectPermissions: opt(
      z.looseObject({
        include: opt(z.array(z.string())),
        exclude: opt(z.array(z.string())),
      }),
    ),
    /** `sourceType`: 0 or null standard, 1 LDAP, 2 Keycloak. */
    source: opt(
      z.looseObject({
        sourceType: opt(intOut()),
      }),
    ),
    contacts: opt(z.array(z.string())),
    language: opt(z.string()),
    eventFilter: opt(z.array(z.unknown())),
    /** Object id to the state ids that send push notifications. */
    pushFilter: opt(z.record(z.string(), z.unknown())),
    uiSettings: opt(
      z.looseObject({
        muteSystemSounds: opt(z.boolean()),
      }),
    ),
    favorites: opt(z.unknown()),
  }),
);

export type User = Known<z.output<ReturnType<typeof userSchema>>>;
