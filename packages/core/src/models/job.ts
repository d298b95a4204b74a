import * as z from 'zod/mini';
import { id, maybe } from '../schema/conventions.ts';
import { lazy } from '../schema/lazy.ts';

/** SAYMON Job. Unknown fields are kept. */
export const jobSchema = lazy(() =>
  z.looseObject({
    id: maybe(id()),
    operation_id: maybe(id()),
    user_id: maybe(id()),
    owner_id: maybe(id()),
    owner_type: maybe(id()),
    timestamp: maybe(z.number()),
    description: maybe(z.looseObject({
      exitCode: maybe(z.number()),
      stdout: maybe(z.string()),
      topic: maybe(z.string()),
      message: maybe(z.string()),
    })),
    results: maybe(z.looseObject({
      payload: maybe(z.string()),
      by: maybe(z.string()),
      timestamp: maybe(z.number()),
    })),
    process_meta: maybe(z.looseObject({
      triggerStates: maybe(z.array(z.unknown())),
    })),
  }),
);

export type Job = z.output<ReturnType<typeof jobSchema>>;
