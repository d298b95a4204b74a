import * as z from 'zod/mini';
import { id, maybe } from '../schema/conventions.ts';
import { lazy } from '../schema/lazy.ts';
import { propertySchema } from './property.ts';

/** A flow: a drawing of how objects interact (no part in monitoring). Unknown fields are kept. */
export const flowSchema = lazy(() =>
  z.looseObject({
    id: maybe(id()),
    owner_id: maybe(id()),
    // the model pages spell it both ways; Create Flow sends item_ids
    items_ids: maybe(z.array(z.string())),
    item_ids: maybe(z.array(z.string())),
    // a JSON document serialised into a string; its documented contents below
    client_data: maybe(
      z.union([
        z.string(),
        z.looseObject({
          color: maybe(z.string()),
          /** Bezier, Flowchart or Straight. */
          connectorStyle: maybe(z.string()),
        }),
      ]),
    ),
    properties: maybe(z.array(propertySchema())),
  }),
);

export type Flow = z.output<ReturnType<typeof flowSchema>>;
