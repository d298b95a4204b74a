import * as z from 'zod/mini';
import { id, int, maybe } from '../schema/conventions.ts';
import { lazy } from '../schema/lazy.ts';
import { operationSchema } from './operation.ts';
import { propertySchema } from './property.ts';

/** A class: the template that objects and links are created from. Unknown fields are kept. */
export const classSchema = lazy(() =>
  z.looseObject({
    id: maybe(id()),
    name: maybe(z.string()),
    description: maybe(z.string()),
    category_id: maybe(id()),
    // a JSON document serialised into a string (`"{}"` in the examples); its documented contents below
    client_data: maybe(
      z.union([
        z.string(),
        z.looseObject({
          columns: maybe(
            z.array(
              z.looseObject({
                id: maybe(id()),
                name: maybe(z.string()),
                type: maybe(z.string()),
                hidden: maybe(z.boolean()),
                removable: maybe(z.boolean()),
              }),
            ),
          ),
          /** standard, geo-view, end-view, table-view or grid-view. */
          default_view: maybe(z.string()),
          background: maybe(z.string()),
          /** [width, height] of new objects. */
          defaultDim: maybe(z.array(z.number())),
        }),
      ]),
    ),
    operations: maybe(z.array(operationSchema())),
    properties: maybe(z.array(propertySchema())),
    triggers: maybe(z.array(z.unknown())),
    entityType: maybe(int()),
  }),
);

export type Class = z.output<ReturnType<typeof classSchema>>;
