import * as z from 'zod/mini';
import { anyObject, int, maybe } from '../schema/conventions.ts';
import { lazy } from '../schema/lazy.ts';

/** SAYMON Stat. Unknown fields are kept. */
export const statSchema = lazy(() =>
  z.looseObject({
    expiryPeriod: maybe(z.number()),
    groupKey: maybe(int()),
    initiator: maybe(z.string()),
    lastPayload: maybe(anyObject()),
    payload: maybe(anyObject()),
    period: maybe(z.number()),
    timestamp: maybe(z.number()),
  }),
);

export type StatRecord = z.output<ReturnType<typeof statSchema>>;
