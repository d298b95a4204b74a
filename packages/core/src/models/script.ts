import * as z from 'zod/mini';
import { id, maybe } from '../schema/conventions.ts';
import { lazy } from '../schema/lazy.ts';

/** A stored script that operations can run by reference. Unknown fields are kept. */
export const scriptSchema = lazy(() =>
  z.looseObject({
    id: maybe(id()),
    name: maybe(z.string()),
    text: maybe(z.string()),
  }),
);

export type Script = z.output<ReturnType<typeof scriptSchema>>;
