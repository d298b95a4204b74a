import * as z from 'zod/mini';
import { anyObject, id, int, maybe } from '../schema/conventions.ts';
import { lazy } from '../schema/lazy.ts';

/** A reference: a shortcut to a target object placed inside an owner object. Unknown fields are kept. */
export const referenceSchema = lazy(() =>
  z.looseObject({
    id: maybe(id()),
    // the Update Reference example shows a number (the root object 1)
    owner: maybe(id()),
    target: maybe(id()),
    // a JSON document serialised into a string
    client_data: maybe(z.union([z.string(), anyObject()])),
    entityType: maybe(int()),
  }),
);

export type Reference = z.output<ReturnType<typeof referenceSchema>>;
