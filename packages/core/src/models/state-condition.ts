import * as z from 'zod/mini';
import { anyObject, id, idOut, opt } from '../schema/conventions.ts';
import type { Known } from '../schema/known.ts';
import { lazy } from '../schema/lazy.ts';

// Read back (`out`: the state id as a string) and sent (ids as given) by the same shape, so what
// Get ... State Conditions returns can be passed to Replace ... State Conditions unchanged.
const build = (out: boolean) =>
  z.looseObject({
    condition: opt(anyObject()),
    state: out ? idOut() : id(),
  });

/**
 * A state condition: the entity takes `state` when `condition` holds (e.g.
 * `{ "_formula": { "definition": "{{a.b}} / {{c}}", "value": "<=0.8" } }`). Unknown fields are kept.
 */
export const stateConditionSchema = lazy(() => build(true));
/** A state condition as sent in a replace call: ids as given, unknown fields sent along. */
export const stateConditionInputSchema = lazy(() => build(false));

export type StateCondition = Known<z.output<ReturnType<typeof stateConditionSchema>>>;
