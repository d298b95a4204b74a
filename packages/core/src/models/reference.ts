import * as z from 'zod/mini';
import { anyObject, idOut, intOut, opt } from '../schema/conventions.ts';
import type { Known } from '../schema/known.ts';
import { lazy } from '../schema/lazy.ts';

/** A reference: a shortcut to a target object placed inside an owner object. Unknown fields are kept. */
export const referenceSchema = lazy(() =>
  z.looseObject({
    id: opt(idOut()),
    // the Update Reference example shows a number (the root object 1)
    owner: opt(idOut()),
    target: opt(idOut()),
    // a JSON document serialised into a string
    client_data: opt(z.union([z.string(), anyObject()])),
    entityType: opt(intOut()),
  }),
);

export type Reference = Known<z.output<ReturnType<typeof referenceSchema>>>;
