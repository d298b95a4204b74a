import * as z from 'zod/mini';
import { anyObject, idOut, intOut, opt } from '../schema/conventions.ts';
import type { Known } from '../schema/known.ts';
import { lazy } from '../schema/lazy.ts';

/** Why an entity changed state or an incident was raised. Unknown fields are kept. */
export const stateChangeReasonSchema = lazy(() =>
  z.looseObject({
    code: opt(intOut()),
    // the child entity whose transition caused this one; typed String in the incident tables
    rootCause: opt(
      z.union([
        z.string(),
        z.looseObject({
          entityId: opt(idOut()),
          entityType: opt(intOut()),
          entityName: opt(z.string()),
        }),
      ]),
    ),
    data: opt(anyObject()),
    branch: opt(
      z.looseObject({
        state: opt(idOut()),
        condition: opt(anyObject()),
        description: opt(z.string()),
      }),
    ),
  }),
);

export type StateChangeReason = Known<z.output<ReturnType<typeof stateChangeReasonSchema>>>;
