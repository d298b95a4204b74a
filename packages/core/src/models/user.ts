import * as z from 'zod/mini';
import { id, maybe } from '../schema/conventions.ts';
import { lazy } from '../schema/lazy.ts';

/** SAYMON User. Unknown fields are kept. */
export const userSchema = lazy(() =>
  z.looseObject({
    id: id(),
    login: maybe(z.string()),
    email: maybe(z.string()),
    displayName: maybe(z.string()),
    authenticationToken: maybe(z.string()),
    source: maybe(z.looseObject({
      sourceType: maybe(z.number()),
    })),
    permissions: maybe(z.array(z.string())),
    objectPermissions: maybe(z.looseObject({
      include: maybe(z.array(z.string())),
      exclude: maybe(z.array(z.string())),
    })),
    activeTo: maybe(z.number()),
    status: maybe(z.number()),
    contacts: maybe(z.array(z.string())),
    group: maybe(z.array(z.string())),
    language: maybe(z.string()),
    eventFilter: maybe(z.array(z.unknown())),
    pushFilter: maybe(z.record(z.string(), z.unknown())),
    uiSettings: maybe(z.looseObject({
      muteSystemSounds: maybe(z.boolean()),
    })),
    favorites: maybe(z.unknown()),
  }),
);

export type User = z.output<ReturnType<typeof userSchema>>;
