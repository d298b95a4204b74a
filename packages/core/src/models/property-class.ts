import * as z from 'zod/mini';
import { anyObject, id, maybe } from '../schema/conventions.ts';
import { lazy } from '../schema/lazy.ts';

/** A property class: how properties of that class are shown and which values they accept. Unknown fields are kept. */
export const propertyClassSchema = lazy(() =>
  z.looseObject({
    id: maybe(id()),
    name: maybe(z.string()),
    description: maybe(z.string()),
    /** A value type id: date, datetime, dictionary, ip, mac, ... */
    value_type_id: maybe(id()),
    /** Default value (null in the examples). */
    value: maybe(z.unknown()),
    multiple: maybe(z.boolean()),
    multiple_separator: maybe(z.string()),
    /** The dictionary supplying values when the value type is `dictionary`. */
    source: maybe(z.string()),
    mask: maybe(z.union([z.string(), anyObject()])),
    system: maybe(z.boolean()),
    value_display_template: maybe(z.string()),
  }),
);

export type PropertyClass = z.output<ReturnType<typeof propertyClassSchema>>;
