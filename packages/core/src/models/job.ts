import * as z from 'zod/mini';
import { id, int, maybe } from '../schema/conventions.ts';
import { lazy } from '../schema/lazy.ts';

/** A result added to a job with Add Custom Job Result; `payload` holds the caller's fields. */
const jobResult = () =>
  z.looseObject({
    payload: maybe(z.unknown()),
    by: maybe(z.string()),
    timestamp: maybe(z.number()),
  });

/** A job: one run of an operation. Unknown fields are kept. */
export const jobSchema = lazy(() =>
  z.looseObject({
    id: maybe(id()),
    operation_id: maybe(id()),
    /** The operation's name, in job lists. */
    operation: maybe(z.looseObject({ name: maybe(z.string()) })),
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
    // one object in the model page, a list (often empty) in the examples
    results: maybe(z.union([z.array(jobResult()), jobResult()])),
    process_meta: maybe(
      z.looseObject({
        triggerStates: maybe(z.array(z.unknown())),
      }),
    ),
  }),
);

export type Job = z.output<ReturnType<typeof jobSchema>>;
