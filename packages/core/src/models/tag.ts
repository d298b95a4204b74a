import * as z from 'zod/mini';
import { maybe } from '../schema/conventions.ts';
import { lazy } from '../schema/lazy.ts';

/** SAYMON Tag. Unknown fields are kept. */
export const tagSchema = lazy(() =>
  z.looseObject({
    name: maybe(z.string()),
  }),
);

export type Tag = z.output<ReturnType<typeof tagSchema>>;
