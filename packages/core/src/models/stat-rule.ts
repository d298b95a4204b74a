import * as z from 'zod/mini';
import { anyObject, maybe } from '../schema/conventions.ts';
import { lazy } from '../schema/lazy.ts';

/**
 * A stat rule: conditions on incoming data and the actions (`set`, `extend`, `drop`) applied
 * when they match. Unknown fields are kept.
 */
export const statRuleSchema = lazy(() =>
  z.looseObject({
    // each condition is keyed by its field: { <field>: { name, value: { <operator>: <value> } } }
    conditions: maybe(z.array(anyObject())),
    actions: maybe(
      z.array(
        z.looseObject({
          type: maybe(z.string()),
          field: maybe(z.string()),
          value: maybe(z.unknown()),
        }),
      ),
    ),
  }),
);

export type StatRule = z.output<ReturnType<typeof statRuleSchema>>;
