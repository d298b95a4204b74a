import * as z from 'zod/mini';
import { id, maybe } from '../schema/conventions.ts';
import { lazy } from '../schema/lazy.ts';
import { manualStateSchema } from './manual-state.ts';
import { operationSchema } from './operation.ts';
import { propertySchema } from './property.ts';
import { tagSchema } from './tag.ts';

/** SAYMON Link. Unknown fields are kept. */
export const linkSchema = lazy(() =>
  z.looseObject({
    id: id(),
    source: maybe(z.string()),
    target: maybe(z.string()),
    class_id: maybe(id()),
    created: maybe(z.number()),
    client_data: maybe(z.string()),
    entityType: maybe(id()),
    last_state_update: maybe(z.number()),
    manual_state: maybe(manualStateSchema()),
    name: maybe(z.string()),
    operations: maybe(z.array(operationSchema())),
    owner_id: maybe(id()),
    properties: maybe(z.array(propertySchema())),
    source_name: maybe(z.string()),
    state_id: maybe(id()),
    tags: maybe(z.array(tagSchema())),
    target_name: maybe(z.string()),
    updated: maybe(z.number()),
    _version: maybe(z.number()),
    weight: maybe(z.number()),
  }),
);

export type Link = z.output<ReturnType<typeof linkSchema>>;
