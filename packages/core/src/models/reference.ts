import * as z from 'zod/mini';
import { id, maybe } from '../schema/conventions.ts';
import { lazy } from '../schema/lazy.ts';

/** SAYMON Reference. Unknown fields are kept. */
export const referenceSchema = lazy(() =>
  z.looseObject({
    id: maybe(id()),
    owner: maybe(z.string()),
    target: maybe(z.string()),
    client_data: maybe(z.string()),
  }),
);

export type Reference = z.output<ReturnType<typeof referenceSchema>>;
