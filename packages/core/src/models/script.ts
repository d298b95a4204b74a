import * as z from 'zod/mini';
import { id, maybe } from '../schema/conventions.ts';
import { lazy } from '../schema/lazy.ts';

/** SAYMON Script. Unknown fields are kept. */
export const scriptSchema = lazy(() =>
  z.looseObject({
    id: maybe(id()),
    name: maybe(z.string()),
    text: maybe(z.string()),
  }),
);

export type Script = z.output<ReturnType<typeof scriptSchema>>;
