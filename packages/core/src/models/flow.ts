import * as z from 'zod/mini';
import { idOut, opt } from '../schema/conventions.ts';
import type { Known } from '../schema/known.ts';
import { lazy } from '../schema/lazy.ts';
import { propertySchema } from './property.ts';

/** A flow: a drawing of how objects interact (no part in monitoring). Unknown fields are kept. */
export const flowSchema = lazy(() =>
  z.looseObject({
    id: opt(idOut()),
    owner_id: opt(idOut()),
    // the model pages spell it both ways; Create Flow sends item_ids
    items_ids: opt(z.array(z.string())),
    item_ids: opt(z.array(z.string())),
    // a JSON document serialised into a string; its documented contents below
    client_data: opt(
      z.union([
        z.string(),
        z.looseObject({
          color: opt(z.string()),
          /** Bezier, Flowchart or Straight. */
          connectorStyle: opt(z.string()),
        }),
      ]),
    ),
    properties: opt(z.array(propertySchema())),
  }),
);

export type Flow = Known<z.output<ReturnType<typeof flowSchema>>>;
