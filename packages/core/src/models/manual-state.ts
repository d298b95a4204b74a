import * as z from 'zod/mini';
import { idOut, opt } from '../schema/conventions.ts';
import type { Known } from '../schema/known.ts';
import { lazy } from '../schema/lazy.ts';

/** A state set by hand on an object or link. Unknown fields are kept. */
export const manualStateSchema = lazy(() =>
  z.looseObject({
    stateId: opt(idOut()),
    reason: opt(z.string()),
    /** The user who set it. */
    by: opt(idOut()),
    // timestamps, typed String in the docs
    since: opt(z.union([z.string(), z.number()])),
    // `null` for a pin without an end
    until: opt(z.nullable(z.union([z.string(), z.number()]))),
    clearedByStateID: opt(z.array(idOut())),
  }),
);

export type ManualState = Known<z.output<ReturnType<typeof manualStateSchema>>>;
