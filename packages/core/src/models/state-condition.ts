import * as z from 'zod/mini';
import { anyObject, int, maybe } from '../schema/conventions.ts';
import { lazy } from '../schema/lazy.ts';

/**
 * A state condition: the entity takes `state` when `condition` holds (e.g.
 * `{ "_formula": { "definition": "{{a.b}} / {{c}}", "value": "<=0.8" } }`). Unknown fields are kept.
 */
export const stateConditionSchema = lazy(() =>
  z.looseObject({
    condition: maybe(anyObject()),
    state: maybe(int()),
  }),
);

export type StateCondition = z.output<ReturnType<typeof stateConditionSchema>>;
