import * as z from 'zod/mini';
import { id, maybe } from '../schema/conventions.ts';
import { lazy } from '../schema/lazy.ts';

/** A group of dictionaries (newest servers). Unknown fields are kept. */
export const dictionaryGroupSchema = lazy(() =>
  z.looseObject({
    id: maybe(id()),
    name: maybe(z.string()),
    description: maybe(z.string()),
  }),
);

export type DictionaryGroup = z.output<ReturnType<typeof dictionaryGroupSchema>>;
