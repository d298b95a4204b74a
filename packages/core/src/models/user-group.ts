import * as z from 'zod/mini';
import { id, maybe } from '../schema/conventions.ts';
import { lazy } from '../schema/lazy.ts';

/** A user group; its rights add to those of its members. Unknown fields are kept. */
export const userGroupSchema = lazy(() =>
  z.looseObject({
    id: maybe(id()),
    name: maybe(z.string()),
    permissions: maybe(z.array(z.string())),
    objectPermissions: maybe(
      z.looseObject({
        include: maybe(z.array(z.string())),
        exclude: maybe(z.array(z.string())),
      }),
    ),
    eventFilter: maybe(z.array(z.unknown())),
  }),
);

export type UserGroup = z.output<ReturnType<typeof userGroupSchema>>;
