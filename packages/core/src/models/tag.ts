import * as z from 'zod/mini';
import { id, maybe } from '../schema/conventions.ts';
import { lazy } from '../schema/lazy.ts';

/** A tag attached to objects and links. Unknown fields are kept. */
export const tagSchema = lazy(() =>
  z.looseObject({
    // not in the model docs, but Get All Tags lists it
    id: maybe(id()),
    name: maybe(z.string()),
  }),
);

export type Tag = z.output<ReturnType<typeof tagSchema>>;
