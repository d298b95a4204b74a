import * as z from 'zod/mini';
import { idOut, intOut, opt } from '../schema/conventions.ts';
import type { Known } from '../schema/known.ts';
import { lazy } from '../schema/lazy.ts';
import { operationSchema } from './operation.ts';
import { propertySchema } from './property.ts';

/**
 * A class: the template that objects and links are created from. Every documented answer carries
 * id, name, `client_data` and operations; the rest may be absent. Unknown fields are kept.
 */
export const classSchema = lazy(() =>
  z.looseObject({
    id: idOut(),
    name: z.string(),
    // a JSON document serialised into a string (`"{}"` in the examples); its documented contents below
    client_data: z.union([
      z.string(),
      z.looseObject({
        columns: opt(
          z.array(
            z.looseObject({
              id: opt(idOut()),
              name: opt(z.string()),
              type: opt(z.string()),
              hidden: opt(z.boolean()),
              removable: opt(z.boolean()),
            }),
          ),
        ),
        /** standard, geo-view, end-view, table-view or grid-view. */
        default_view: opt(z.string()),
        background: opt(z.string()),
        /** [width, height] of new objects. */
        defaultDim: opt(z.array(z.number())),
      }),
    ]),
    operations: z.array(operationSchema()),
    properties: opt(z.array(propertySchema())),
    description: opt(z.string()),
    category_id: opt(idOut()),
    triggers: opt(z.array(z.unknown())),
    entityType: opt(intOut()),
  }),
);

export type Class = Known<z.output<ReturnType<typeof classSchema>>>;
