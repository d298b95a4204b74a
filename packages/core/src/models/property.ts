import * as z from 'zod/mini';
import { id, int, maybe } from '../schema/conventions.ts';
import { lazy } from '../schema/lazy.ts';

/**
 * A property of an object, link, flow or class. `type_id`: 1 info, 2 read-only, 3 read-write,
 * 6 external document, 7 uploaded document, 8 service (agent task settings), 101+ user types.
 * Unknown fields are kept.
 */
export const propertySchema = lazy(() =>
  z.looseObject({
    id: id(),
    name: maybe(z.string()),
    // documented as a string; numbers are accepted as well
    value: maybe(z.union([z.string(), z.number()])),
    type_id: maybe(int()),
    owner_id: maybe(id()),
    /** 1 object, 2 link, 3 flow. */
    owner_type: maybe(int()),
  }),
);

export type Property = z.output<ReturnType<typeof propertySchema>>;
