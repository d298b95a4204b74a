import * as z from 'zod/mini';
import { anyObject, id, maybe } from '../schema/conventions.ts';
import { lazy } from '../schema/lazy.ts';

/** SAYMON State Change Reason. Unknown fields are kept. */
export const stateChangeReasonSchema = lazy(() =>
  z.looseObject({
    code: maybe(z.number()),
    rootCause: maybe(z.looseObject({
      entityId: maybe(id()),
      entityType: maybe(id()),
      entityName: maybe(z.string()),
    })),
    data: maybe(anyObject()),
    branch: maybe(z.looseObject({
      state: maybe(id()),
      condition: maybe(anyObject()),
      description: maybe(z.string()),
    })),
  }),
);

export type StateChangeReason = z.output<ReturnType<typeof stateChangeReasonSchema>>;
