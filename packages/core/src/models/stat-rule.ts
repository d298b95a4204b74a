import * as z from 'zod/mini';
import { anyObject, opt } from '../schema/conventions.ts';
import type { Known } from '../schema/known.ts';
import { lazy } from '../schema/lazy.ts';

/**
 * A stat rule: conditions on incoming data and the actions (`set`, `extend`, `drop`) applied
 * when they match. The same shape is read back and sent (no field is normalised), so rules read
 * from one entity can be set on another unchanged. Unknown fields are kept.
 */
export const statRuleSchema = lazy(() =>
  z.looseObject({
    // each condition is keyed by its field: { <field>: { name, value: { <operator>: <value> } } }
    conditions: opt(z.array(anyObject())),
    actions: opt(
      z.array(
        z.looseObject({
          type: opt(z.string()),
          field: opt(z.string()),
          value: opt(z.unknown()),
        }),
      ),
    ),
  }),
);

export type StatRule = Known<z.output<ReturnType<typeof statRuleSchema>>>;
