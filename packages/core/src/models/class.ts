import * as z from 'zod/mini';
import { id, maybe } from '../schema/conventions.ts';
import { lazy } from '../schema/lazy.ts';
import { operationSchema } from './operation.ts';
import { propertySchema } from './property.ts';

/** SAYMON Class. Unknown fields are kept. */
export const classSchema = lazy(() =>
  z.looseObject({
    id: maybe(id()),
    name: maybe(z.string()),
    description: maybe(z.string()),
    category_id: maybe(id()),
    client_data: maybe(z.looseObject({
      columns: maybe(z.array(z.looseObject({
        id: maybe(id()),
        name: maybe(z.string()),
        type: maybe(z.string()),
        hidden: maybe(z.boolean()),
        removable: maybe(z.boolean()),
      }))),
      default_view: maybe(z.string()),
      background: maybe(z.string()),
      defaultDim: maybe(z.array(z.number())),
    })),
    operations: maybe(z.array(operationSchema())),
    properties: maybe(z.array(propertySchema())),
    triggers: maybe(z.array(z.unknown())),
    entityType: maybe(id()),
  }),
);

export type Class = z.output<ReturnType<typeof classSchema>>;
