import * as z from 'zod/mini';
import { idOut, intOut, opt } from '../schema/conventions.ts';
import type { Known } from '../schema/known.ts';
import { lazy } from '../schema/lazy.ts';

/**
 * A property of an object, link, flow or class. `type_id`: 1 info, 2 read-only, 3 read-write,
 * 6 external document, 7 uploaded document, 8 service (agent task settings), 101+ user types.
 * Unknown fields are kept.
 */
export const propertySchema = lazy(() =>
  z.looseObject({
    id: idOut(),
    name: z.string(),
    // documented (and seen on real servers) as a string; numbers appear in examples
    value: z.union([z.string(), z.number()]),
    type_id: opt(intOut()),
    owner_id: opt(idOut()),
    /** 1 object, 2 link, 3 flow. */
    owner_type: opt(intOut()),
  }),
);

export type Property = Known<z.output<ReturnType<typeof propertySchema>>>;

/** The answer of a property update: the id, the owner and only the fields that changed. */
export const propertyChangeSchema = lazy(() => z.extend(z.partial(propertySchema()), { id: idOut() }));

export type PropertyChange = Known<z.output<ReturnType<typeof propertyChangeSchema>>>;
