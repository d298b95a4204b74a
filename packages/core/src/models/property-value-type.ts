import * as z from 'zod/mini';
import { anyObject, id, maybe } from '../schema/conventions.ts';
import { lazy } from '../schema/lazy.ts';

/** A value type of property classes (ip, mac, date, ...). Unknown fields are kept. */
export const propertyValueTypeSchema = lazy(() =>
  z.looseObject({
    id: maybe(id()),
    name: maybe(z.string()),
    // a pattern string, or an object such as { regex: "..." } in the docs' example
    mask: maybe(z.union([z.string(), anyObject()])),
    system: maybe(z.boolean()),
  }),
);

export type PropertyValueType = z.output<ReturnType<typeof propertyValueTypeSchema>>;
