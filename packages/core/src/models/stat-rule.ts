import * as z from 'zod/mini';
import { anyObject, maybe } from '../schema/conventions.ts';
import { lazy } from '../schema/lazy.ts';

/** SAYMON Stat Rule. Unknown fields are kept. */
export const statRuleSchema = lazy(() =>
  z.looseObject({
    conditions: maybe(z.array(z.looseObject({
      _field: maybe(z.looseObject({
        name: maybe(z.string()),
        value: maybe(anyObject()),
      })),
    }))),
    actions: maybe(z.array(z.looseObject({
      type: maybe(z.string()),
      field: maybe(z.string()),
      value: maybe(z.string()),
    }))),
  }),
);

export type StatRule = z.output<ReturnType<typeof statRuleSchema>>;
