import * as z from 'zod/mini';
import { id, maybe } from '../schema/conventions.ts';
import { lazy } from '../schema/lazy.ts';
import { manualStateSchema } from './manual-state.ts';
import { operationSchema } from './operation.ts';
import { propertySchema } from './property.ts';
import { tagSchema } from './tag.ts';

/** SAYMON Object. Unknown fields are kept. */
export const objectSchema = lazy(() =>
  z.looseObject({
    id: id(),
    name: maybe(z.string()),
    class_id: maybe(id()),
    child_ids: maybe(z.array(z.string())),
    child_link_ids: maybe(z.array(z.string())),
    child_ref_ids: maybe(z.array(z.string())),
    owner_id: maybe(id()),
    parent_id: maybe(z.array(z.string())),
    discovery_id: maybe(id()),
    properties: maybe(z.array(propertySchema())),
    client_data: maybe(z.string()),
    state_id: maybe(id()),
    tags: maybe(z.array(tagSchema())),
    background: maybe(z.string()),
    created: maybe(z.number()),
    entityType: maybe(id()),
    geoposition: maybe(z.array(z.number())),
    geopositionRadius: maybe(z.number()),
    last_state_update: maybe(z.number()),
    manual_state: maybe(manualStateSchema()),
    mute_alert: maybe(z.looseObject({
      reason: maybe(z.string()),
      by: maybe(z.string()),
    })),
    operations: maybe(z.array(operationSchema())),
    updated: maybe(z.number()),
    weight: maybe(z.number()),
    _version: maybe(z.number()),
  }),
);

export type SaymonObject = z.output<ReturnType<typeof objectSchema>>;
