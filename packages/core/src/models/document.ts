import * as z from 'zod/mini';
import { id, int, maybe } from '../schema/conventions.ts';
import { lazy } from '../schema/lazy.ts';

/**
 * A document attached to an object or link: `type_id` 6 is a web link (`value` is its URL), 7 an
 * uploaded file (`value` is an internal `upload_...` reference). Unknown fields are kept.
 */
export const documentSchema = lazy(() =>
  z.looseObject({
    id: id(),
    type_id: maybe(int()),
    name: maybe(z.string()),
    value: maybe(z.string()),
  }),
);

export type EntityDocument = z.output<ReturnType<typeof documentSchema>>;
