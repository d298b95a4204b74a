import * as z from 'zod/mini';
import { anyObject, int, maybe } from '../schema/conventions.ts';
import { lazy } from '../schema/lazy.ts';

/**
 * A state trigger: an action (`e-mail`, `script`, ...) with its settings in `payload`, fired when
 * the entity enters one of `states`. Unknown fields are kept.
 */
export const stateTriggerSchema = lazy(() =>
  z.looseObject({
    type: maybe(z.string()),
    payload: maybe(anyObject()),
    states: maybe(z.array(int())),
  }),
);

export type StateTrigger = z.output<ReturnType<typeof stateTriggerSchema>>;
