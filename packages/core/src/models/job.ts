import * as z from 'zod/mini';
import { idOut, intOut, maybe, opt } from '../schema/conventions.ts';
import type { Known } from '../schema/known.ts';
import { lazy } from '../schema/lazy.ts';

/** A result added to a job with Add Custom Job Result; `payload` holds the caller's fields. */
const jobResult = () =>
  z.looseObject({
    payload: opt(z.unknown()),
    by: opt(z.string()),
    timestamp: opt(z.number()),
  });

/** A job: one run of an operation. Unknown fields are kept. */
export const jobSchema = lazy(() =>
  z.looseObject({
    id: opt(idOut()),
    operation_id: opt(idOut()),
    /** The operation's name, in job lists. */
    operation: opt(z.looseObject({ name: opt(z.string()) })),
    user_id: opt(idOut()),
    owner_id: opt(idOut()),
    /** 1 object, 2 link (typed String in the model page, a number in the example). */
    owner_type: opt(intOut()),
    timestamp: opt(z.number()),
    description: opt(
      z.looseObject({
        exitCode: opt(z.number()),
        stdout: opt(z.string()),
        topic: opt(z.string()),
        message: opt(z.string()),
      }),
    ),
    // one object in the model page, a list (often empty) in the examples
    results: opt(z.union([z.array(jobResult()), jobResult()])),
    process_meta: maybe(
      z.looseObject({
        triggerStates: opt(z.array(z.unknown())),
      }),
    ),
  }),
);

export type Job = Known<z.output<ReturnType<typeof jobSchema>>>;
