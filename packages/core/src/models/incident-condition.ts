import * as z from 'zod/mini';
import { anyObject, id, maybe } from '../schema/conventions.ts';
import { lazy } from '../schema/lazy.ts';

/**
 * A condition that raises an incident (and optionally clears it). `condition` and
 * `clearCondition` map a key to `{ name: <metric>, value: { <operator>: <value> } }` with the
 * operators `_eq`, `_neq`, `_gt`, `_gte`, `_lt`, `_lte`, `_ct`, `_nct`, `_m`. Unknown fields are kept.
 */
export const incidentConditionSchema = lazy(() =>
  z.looseObject({
    id: maybe(id()),
    /** The incident level raised. */
    state: maybe(id()),
    text: maybe(z.string()),
    condition: maybe(anyObject()),
    clearCondition: maybe(anyObject()),
  }),
);

export type IncidentCondition = z.output<ReturnType<typeof incidentConditionSchema>>;
