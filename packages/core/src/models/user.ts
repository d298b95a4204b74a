import * as z from 'zod/mini';
import { id, int, maybe } from '../schema/conventions.ts';
import { lazy } from '../schema/lazy.ts';

/** A user account. Callers without `manage-users` get only id and login. Unknown fields are kept. */
export const userSchema = lazy(() =>
  z.looseObject({
    id: id(),
    login: maybe(z.string()),
    email: maybe(z.string()),
    displayName: maybe(z.string()),
    authenticationToken: maybe(z.string()),
    /** 0 needs activation, 3 blocked; the examples show 2 for an active user. */
    status: maybe(int()),
    activeTo: maybe(z.number()),
    // one group id in old docs, a list in newer ones
    group: maybe(z.union([z.string(), z.array(z.string())])),
    permissions: maybe(z.array(z.string())),
    objectPermissions: maybe(
      z.looseObject({
        include: maybe(z.array(z.string())),
        exclude: maybe(z.array(z.string())),
      }),
    ),
    /** `sourceType`: 0 or null standard, 1 LDAP, 2 Keycloak. */
    source: maybe(
      z.looseObject({
        sourceType: maybe(int()),
      }),
    ),
    contacts: maybe(z.array(z.string())),
    language: maybe(z.string()),
    eventFilter: maybe(z.array(z.unknown())),
    /** Object id to the state ids that send push notifications. */
    pushFilter: maybe(z.record(z.string(), z.unknown())),
    uiSettings: maybe(
      z.looseObject({
        muteSystemSounds: maybe(z.boolean()),
      }),
    ),
    favorites: maybe(z.unknown()),
  }),
);

export type User = z.output<ReturnType<typeof userSchema>>;
