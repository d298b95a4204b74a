import * as z from 'zod/mini';
import { anyObject, id, int, maybe } from '../schema/conventions.ts';
import { lazy } from '../schema/lazy.ts';
import { manualStateSchema } from './manual-state.ts';
import { operationSchema } from './operation.ts';
import { propertySchema } from './property.ts';
import { tagSchema } from './tag.ts';

/** A link: a directed connection from a source object to a target object. Unknown fields are kept. */
export const linkSchema = lazy(() =>
  z.looseObject({
    id: id(),
    source: maybe(id()),
    target: maybe(id()),
    source_name: maybe(z.string()),
    target_name: maybe(z.string()),
    name: maybe(z.string()),
    // numbers in Get All Links and Update Link, strings in the model page
    class_id: maybe(id()),
    state_id: maybe(id()),
    owner_id: maybe(id()),
    // a JSON document serialised into a string
    client_data: maybe(z.union([z.string(), anyObject()])),
    entityType: maybe(int()),
    created: maybe(z.number()),
    updated: maybe(z.number()),
    last_state_update: maybe(z.number()),
    manual_state: maybe(manualStateSchema()),
    operations: maybe(z.array(operationSchema())),
    properties: maybe(z.array(propertySchema())),
    // tag records, or tag ids (the search filter matches tags with `$in: [string]`)
    tags: maybe(z.array(z.union([z.string(), tagSchema()]))),
    weight: maybe(z.number()),
    _version: maybe(z.number()),
  }),
);

export type Link = z.output<ReturnType<typeof linkSchema>>;
