import * as z from 'zod/mini';
import { idOut, opt } from '../schema/conventions.ts';
import type { Known } from '../schema/known.ts';
import { lazy } from '../schema/lazy.ts';

/** A tag attached to objects and links. Unknown fields are kept. */
export const tagSchema = lazy(() =>
  z.looseObject({
    // not in the model docs, but Get All Tags lists it
    id: opt(idOut()),
    name: opt(z.string()),
  }),
);

export type Tag = Known<z.output<ReturnType<typeof tagSchema>>>;
