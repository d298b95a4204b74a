import * as z from 'zod/mini';
import { anyObject, id, maybe } from '../schema/conventions.ts';
import { lazy } from '../schema/lazy.ts';

/** SAYMON Incident Condition. Unknown fields are kept. */
export const incidentConditionSchema = lazy(() =>
  z.looseObject({
    id: maybe(id()),
    state: maybe(id()),
    text: maybe(z.string()),
    condition: maybe(z.looseObject({
      _field: maybe(z.looseObject({
        name: maybe(z.string()),
        value: maybe(anyObject()),
      })),
    })),
    clearCondition: maybe(anyObject()),
  }),
);

export type IncidentCondition = z.output<ReturnType<typeof incidentConditionSchema>>;
