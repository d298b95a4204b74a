import * as z from 'zod/mini';
import { anyObject, idOut, intOut, opt } from '../schema/conventions.ts';
import type { Known } from '../schema/known.ts';
import { lazy } from '../schema/lazy.ts';

/** One entry of an entity's state history. Unknown fields are kept. */
export const stateHistorySchema = lazy(() =>
  z.looseObject({
    id: opt(idOut()),
    stateId: opt(idOut()),
    timestamp: opt(z.number()),
    comment: opt(z.string()),
    // typed String in the docs
    commentTimestamp: opt(z.union([z.string(), z.number()])),
    // not in the model table; the Get State History example carries them
    entityId: opt(idOut()),
    entityType: opt(intOut()),
    entityName: opt(z.string()),
    entityClass: opt(idOut()),
    skip: opt(z.number()),
    reason: opt(
      z.looseObject({
        code: opt(intOut()),
        /** The reason given for a manual change, and who made it. */
        text: opt(z.string()),
        by: opt(z.string()),
        data: opt(
          z.looseObject({
            exceptionClass: opt(z.string()),
            message: opt(z.string()),
          }),
        ),
        // typed String in the docs; incident examples show an object
        rootCause: opt(z.union([z.string(), anyObject()])),
        branch: opt(anyObject()),
      }),
    ),
  }),
);

export type StateHistory = Known<z.output<ReturnType<typeof stateHistorySchema>>>;
