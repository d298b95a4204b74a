import * as z from 'zod/mini';
import { idOut, intOut, opt } from '../schema/conventions.ts';
import type { Known } from '../schema/known.ts';
import { lazy } from '../schema/lazy.ts';

/**
 * A document attached to an object or link: `type_id` 6 is a web link (`value` is its URL), 7 an
 * uploaded file (`value` is an internal `upload_...` reference). Unknown fields are kept.
 */
export const documentSchema = lazy(() =>
  z.looseObject({
    id: idOut(),
    type_id: opt(intOut()),
    name: opt(z.string()),
    value: opt(z.string()),
  }),
);

export type EntityDocument = Known<z.output<ReturnType<typeof documentSchema>>>;
