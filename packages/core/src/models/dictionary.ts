import * as z from 'zod/mini';
import { anyObject, idOut, opt } from '../schema/conventions.ts';
import type { Known } from '../schema/known.ts';
import { lazy } from '../schema/lazy.ts';

/** A dictionary: a key-to-value table used to translate values. Unknown fields are kept. */
export const dictionarySchema = lazy(() =>
  z.looseObject({
    id: opt(idOut()),
    name: opt(z.string()),
    // typed String in the docs, but every example sends an object such as { "0": "Closed", "1": "Opened" }
    content: opt(z.union([z.string(), anyObject()])),
  }),
);

export type Dictionary = Known<z.output<ReturnType<typeof dictionarySchema>>>;
