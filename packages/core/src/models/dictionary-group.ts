import * as z from 'zod/mini';
import { idOut, opt } from '../schema/conventions.ts';
import type { Known } from '../schema/known.ts';
import { lazy } from '../schema/lazy.ts';

/** A group of dictionaries (newest servers). Unknown fields are kept. */
export const dictionaryGroupSchema = lazy(() =>
  z.looseObject({
    id: opt(idOut()),
    name: opt(z.string()),
    description: opt(z.string()),
  }),
);

export type DictionaryGroup = Known<z.output<ReturnType<typeof dictionaryGroupSchema>>>;
