import * as z from 'zod/mini';
import { idOut, opt } from '../schema/conventions.ts';
import type { Known } from '../schema/known.ts';
import { lazy } from '../schema/lazy.ts';

/** A user group; its rights add to those of its members. Unknown fields are kept. */
export const userGroupSchema = lazy(() =>
  z.looseObject({
    id: opt(idOut()),
    name: opt(z.string()),
    permissions: opt(z.array(z.string())),
    objectPermissions: opt(
      z.looseObject({
        include: opt(z.array(z.string())),
        exclude: opt(z.array(z.string())),
      }),
    ),
    eventFilter: opt(z.array(z.unknown())),
  }),
);

export type UserGroup = Known<z.output<ReturnType<typeof userGroupSchema>>>;
