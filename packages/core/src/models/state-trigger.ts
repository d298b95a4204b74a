import * as z from 'zod/mini';
import { anyObject, id, idOut, opt } from '../schema/conventions.ts';
import type { Known } from '../schema/known.ts';
import { lazy } from '../schema/lazy.ts';

// One shape read back (`out`: state ids as strings) and sent (as given): see state-condition.ts.
const build = (out: boolean) =>
  z.looseObject({
    type: z.string(),
    payload: opt(anyObject()),
    states: z.array(out ? idOut() : id()),
  });

/**
 * A state trigger: an action (`e-mail`, `script`, ...) with its settings in `payload`, fired when
 * the entity enters one of `states`. Unknown fields are kept.
 */
export const stateTriggerSchema = lazy(() => build(true));
/** A state trigger as sent in a replace call: ids as given, unknown fields sent along. */
export const stateTriggerInputSchema = lazy(() => build(false));

export type StateTrigger = Known<z.output<ReturnType<typeof stateTriggerSchema>>>;
