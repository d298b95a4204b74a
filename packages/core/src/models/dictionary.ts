import * as z from 'zod/mini';
import { id, maybe } from '../schema/conventions.ts';
import { lazy } from '../schema/lazy.ts';

/** SAYMON Dictionary. Unknown fields are kept. */
export const dictionarySchema = lazy(() =>
  z.looseObject({
    id: maybe(id()),
    name: maybe(z.string()),
    content: maybe(z.string()),
  }),
);

export type Dictionary = z.output<ReturnType<typeof dictionarySchema>>;
