import * as z from 'zod/mini';
import { id, maybe } from '../schema/conventions.ts';
import { lazy } from '../schema/lazy.ts';

/** A state set by hand on an object or link. Unknown fields are kept. */
export const manualStateSchema = lazy(() =>
  z.looseObject({
    stateId: maybe(id()),
    reason: maybe(z.string()),
    /** The user who set it. */
    by: maybe(id()),
    // timestamps, typed String in the docs
    since: maybe(z.union([z.string(), z.number()])),
    until: maybe(z.union([z.string(), z.number()])),
    clearedByStateID: maybe(z.array(id())),
  }),
);

export type ManualState = z.output<ReturnType<typeof manualStateSchema>>;
