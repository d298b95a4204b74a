import * as z from 'zod/mini';
import { idOut, opt } from '../schema/conventions.ts';
import type { Known } from '../schema/known.ts';
import { lazy } from '../schema/lazy.ts';

/** A stored script that operations can run by reference. Unknown fields are kept. */
export const scriptSchema = lazy(() =>
  z.looseObject({
    id: opt(idOut()),
    name: opt(z.string()),
    text: opt(z.string()),
  }),
);

export type Script = Known<z.output<ReturnType<typeof scriptSchema>>>;
