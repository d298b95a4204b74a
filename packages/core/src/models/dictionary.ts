import * as z from 'zod/mini';
import { anyObject, id, maybe } from '../schema/conventions.ts';
import { lazy } from '../schema/lazy.ts';

/** A dictionary: a key-to-value table used to translate values. Unknown fields are kept. */
export const dictionarySchema = lazy(() =>
  z.looseObject({
    id: maybe(id()),
    name: maybe(z.string()),
    // typed String in the docs, but every example sends an object such as { "0": "Closed", "1": "Opened" }
    content: maybe(z.union([z.string(), anyObject()])),
  }),
);

export type Dictionary = z.output<ReturnType<typeof dictionarySchema>>;
