import * as z from 'zod/mini';
import { id, maybe } from '../schema/conventions.ts';
import { lazy } from '../schema/lazy.ts';

/** SAYMON Property. Unknown fields are kept. */
export const propertySchema = lazy(() =>
  z.looseObject({
    id: id(),
    name: maybe(z.string()),
    value: maybe(z.string()),
    type_id: maybe(id()),
    owner_id: maybe(id()),
    owner_type: maybe(id()),
  }),
);

export type Property = z.output<ReturnType<typeof propertySchema>>;
