import * as z from 'zod/mini';
import { id, maybe } from '../schema/conventions.ts';
import { lazy } from '../schema/lazy.ts';

/** SAYMON Manual State. Unknown fields are kept. */
export const manualStateSchema = lazy(() =>
  z.looseObject({
    by: maybe(z.string()),
    clearedByStateID: maybe(z.array(z.number())),
    reason: maybe(z.string()),
    since: maybe(z.string()),
    stateId: maybe(id()),
    until: maybe(z.string()),
  }),
);

export type ManualState = z.output<ReturnType<typeof manualStateSchema>>;
