import * as z from 'zod/mini';
import { anyObject, id, int, maybe } from '../schema/conventions.ts';
import { lazy } from '../schema/lazy.ts';

/** One entry of an entity's state history. Unknown fields are kept. */
export const stateHistorySchema = lazy(() =>
  z.looseObject({
    id: maybe(id()),
    stateId: maybe(id()),
    timestamp: maybe(z.number()),
    comment: maybe(z.string()),
    // typed String in the docs
    commentTimestamp: maybe(z.union([z.string(), z.number()])),
    // not in the model table; the Get State History example carries them
    entityId: maybe(id()),
    entityType: maybe(int()),
    entityName: maybe(z.string()),
    entityClass: maybe(id()),
    skip: maybe(z.number()),
    reason: maybe(
      z.looseObject({
        code: maybe(int()),
        /** The reason given for a manual change, and who made it. */
        text: maybe(z.string()),
        by: maybe(z.string()),
        data: maybe(
          z.looseObject({
            exceptionClass: maybe(z.string()),
            message: maybe(z.string()),
          }),
        ),
        // typed String in the docs; incident examples show an object
        rootCause: maybe(z.union([z.string(), anyObject()])),
        branch: maybe(anyObject()),
      }),
    ),
  }),
);

export type StateHistory = z.output<ReturnType<typeof stateHistorySchema>>;
