import * as z from 'zod/mini';
import { anyObject, id, maybe } from '../schema/conventions.ts';
import { lazy } from '../schema/lazy.ts';

/** SAYMON Property Class. Unknown fields are kept. */
export const propertyClassSchema = lazy(() =>
  z.looseObject({
    name: maybe(z.string()),
    description: maybe(z.string()),
    value_type_id: maybe(id()),
    value: maybe(anyObject()),
    multiple: maybe(z.boolean()),
    source: maybe(z.string()),
    mask: maybe(z.string()),
    system: maybe(z.boolean()),
    id: maybe(id()),
    multiple_separator: maybe(z.string()),
    value_display_template: maybe(z.string()),
  }),
);

export type PropertyClass = z.output<ReturnType<typeof propertyClassSchema>>;
