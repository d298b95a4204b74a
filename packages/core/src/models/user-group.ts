import * as z from 'zod/mini';
import { id, maybe } from '../schema/conventions.ts';
import { lazy } from '../schema/lazy.ts';

/** SAYMON User Group. Unknown fields are kept. */
export const userGroupSchema = lazy(() =>
  z.looseObject({
    id: maybe(id()),
    name: maybe(z.string()),
    eventFilter: maybe(z.array(z.unknown())),
    objectPermissions: maybe(z.looseObject({
      include: maybe(z.array(z.string())),
      exclude: maybe(z.array(z.string())),
    })),
    permissions: maybe(z.array(z.string())),
  }),
);

export type UserGroup = z.output<ReturnType<typeof userGroupSchema>>;
