import * as z from 'zod/mini';
import { anyObject, idOut, opt } from '../schema/conventions.ts';
import type { Known } from '../schema/known.ts';
import { lazy } from '../schema/lazy.ts';

/** A property class: how properties of that class are shown and which values they accept. Unknown fields are kept. */
export const propertyClassSchema = lazy(() =>
  z.looseObject({
    id: opt(idOut()),
    name: opt(z.string()),
    description: opt(z.string()),
    /** A value type id: date, datetime, dictionary, ip, mac, ... */
    value_type_id: opt(idOut()),
    /** Default value (null in the examples). */
    value: opt(z.unknown()),
    multiple: opt(z.boolean()),
    multiple_separator: opt(z.string()),
    /** The dictionary supplying values when the value type is `dictionary`. */
    source: opt(z.string()),
    mask: opt(z.union([z.string(), anyObject()])),
    system: opt(z.boolean()),
    value_display_template: opt(z.string()),
  }),
);

export type PropertyClass = Known<z.output<ReturnType<typeof propertyClassSchema>>>;
