import * as z from 'zod/mini';
import { anyObject, id, int, maybe } from '../schema/conventions.ts';
import { lazy } from '../schema/lazy.ts';

/** Why an entity changed state or an incident was raised. Unknown fields are kept. */
export const stateChangeReasonSchema = lazy(() =>
  z.looseObject({
    code: maybe(int()),
    // the child entity whose transition caused this one; typed String in the incident tables
    rootCause: maybe(
      z.union([
        z.string(),
        z.looseObject({
          entityId: maybe(id()),
          entityType: maybe(int()),
          entityName: maybe(z.string()),
        }),
      ]),
    ),
    data: maybe(anyObject()),
    branch: maybe(
      z.looseObject({
        state: maybe(id()),
        condition: maybe(anyObject()),
        description: maybe(z.string()),
      }),
    ),
  }),
);

export type StateChangeReason = z.output<ReturnType<typeof stateChangeReasonSchema>>;
