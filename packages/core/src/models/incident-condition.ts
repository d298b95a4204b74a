import * as z from 'zod/mini';
import { anyObject, id, idOut, opt } from '../schema/conventions.ts';
import type { Known } from '../schema/known.ts';
import { lazy } from '../schema/lazy.ts';

// One shape read back (`out`: ids as strings) and sent (ids as given): see state-condition.ts.
const build = (out: boolean) =>
  z.looseObject({
    id: opt(out ? idOut() : id()),
    /** The incident level raised. */
    state: out ? idOut() : id(),
    text: opt(z.string()),
    condition: opt(anyObject()),
    clearCondition: opt(anyObject()),
  });

/**
 * A condition that raises an incident (and optionally clears it). `condition` and
 * `clearCondition` map a key to `{ name: <metric>, value: { <operator>: <value> } }` with the
 * operators `_eq`, `_neq`, `_gt`, `_gte`, `_lt`, `_lte`, `_ct`, `_nct`, `_m`. Unknown fields are kept.
 */
export const incidentConditionSchema = lazy(() => build(true));
/** An incident condition as sent in a replace call: ids as given, unknown fields sent along. */
export const incidentConditionInputSchema = lazy(() => build(false));

export type IncidentCondition = Known<z.output<ReturnType<typeof incidentConditionSchema>>>;
