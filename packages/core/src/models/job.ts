import * as z from 'zod/mini';
import { id, int, maybe } from '../schema/conventions.ts';
import { lazy } from '../schema/lazy.ts';

/** A job: one run of an operation. Unknown fields are kept. */
export const jobSchema = lazy(() =>
  z.looseObject({
    id: maybe(id()),
    operation_id: maybe(id()),
    user_id: maybe(id()),
    owner_id: maybe(id()),
    /** 1 object, 2 link (typed String in the model page, a number in the example). */
    owner_type: maybe(int()),
    timestamp: maybe(z.number()),
    description: maybe(
      z.looseObject({
        exitCode: maybe(z.number()),
        stdout: maybe(z.string()),
        topic: maybe(z.string()),
        message: maybe(z.string()),
      }),
    ),
    // an object in the model page, an empty array in the examples
    results: maybe(
      z.union([
        z.looseObject({
          payload: maybe(z.string()),
          by: maybe(z.string()),
          timestamp: maybe(z.number()),
        }),
        z.array(z.unknown()),
      ]),
    ),
    process_meta: maybe(
      z.looseObject({
        triggerStates: maybe(z.array(z.unknown())),
      }),
    ),
  }),
);

export type Job = z.output<ReturnType<typeof jobSchema>>;
