import * as z from 'zod/mini';
import { id, maybe } from '../schema/conventions.ts';
import { lazy } from '../schema/lazy.ts';
import { propertySchema } from './property.ts';

/** SAYMON Flow. Unknown fields are kept. */
export const flowSchema = lazy(() =>
  z.looseObject({
    id: maybe(id()),
    client_data: maybe(z.looseObject({
      color: maybe(z.string()),
      connectorStyle: maybe(z.string()),
    })),
    items_ids: maybe(z.array(z.string())),
    owner_id: maybe(id()),
    properties: maybe(z.array(propertySchema())),
  }),
);

export type Flow = z.output<ReturnType<typeof flowSchema>>;
