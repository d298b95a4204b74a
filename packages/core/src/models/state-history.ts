import * as z from 'zod/mini';
import { anyObject, id, maybe } from '../schema/conventions.ts';
import { lazy } from '../schema/lazy.ts';

/** SAYMON State History. Unknown fields are kept. */
export const stateHistorySchema = lazy(() =>
  z.looseObject({
    id: maybe(id()),
    stateId: maybe(id()),
    timestamp: maybe(z.number()),
    comment: maybe(z.string()),
    commentTimestamp: maybe(z.string()),
    reason: maybe(z.looseObject({
      code: maybe(z.number()),
      text: maybe(z.string()),
      by: maybe(z.string()),
      data: maybe(z.looseObject({
        exceptionClass: maybe(z.string()),
        message: maybe(z.string()),
      })),
      rootCause: maybe(z.string()),
      branch: maybe(anyObject()),
    })),
  }),
);

export type StateHistory = z.output<ReturnType<typeof stateHistorySchema>>;
