import * as z from 'zod/mini';
import { anyObject, idOut, opt } from '../schema/conventions.ts';
import type { Known } from '../schema/known.ts';
import { lazy } from '../schema/lazy.ts';

/** A value type of property classes (ip, mac, date, ...). Unknown fields are kept. */
export const propertyValueTypeSchema = lazy(() =>
  z.looseObject({
    id: opt(idOut()),
    name: opt(z.string()),
    // a pattern string, or an object such as { regex: "..." } in the docs' example
    mask: opt(z.union([z.string(), anyObject()])),
    system: opt(z.boolean()),
  }),
);

export type PropertyValueType = Known<z.output<ReturnType<typeof propertyValueTypeSchema>>>;
