import * as z from 'zod/mini';
import { anyObject, id, int, maybe } from '../schema/conventions.ts';
import { lazy } from '../schema/lazy.ts';
import { manualStateSchema } from './manual-state.ts';
import { operationSchema } from './operation.ts';
import { propertySchema } from './property.ts';
import { tagSchema } from './tag.ts';

/** An object: a node of the monitoring tree. Unknown fields are kept. */
export const objectSchema = lazy(() =>
  z.looseObject({
    id: id(),
    name: maybe(z.string()),
    class_id: maybe(id()),
    state_id: maybe(id()),
    // a single id on old servers, a list of ids on current ones
    parent_id: maybe(z.union([z.string(), z.array(z.string())])),
    child_ids: maybe(z.array(z.string())),
    child_link_ids: maybe(z.array(z.string())),
    child_ref_ids: maybe(z.array(z.string())),
    owner_id: maybe(id()),
    discovery_id: maybe(id()),
    properties: maybe(z.array(propertySchema())),
    // a JSON document serialised into a string
    client_data: maybe(z.union([z.string(), anyObject()])),
    // tag records, or tag ids (the search filter matches tags with `$in: [string]`)
    tags: maybe(z.array(z.union([z.string(), tagSchema()]))),
    background: maybe(z.string()),
    created: maybe(z.number()),
    updated: maybe(z.number()),
    last_state_update: maybe(z.number()),
    entityType: maybe(int()),
    geoposition: maybe(z.array(z.number())),
    // a captured real object shows '' for an unset radius and manual state, and the operations as a string
    geopositionRadius: maybe(int()),
    manual_state: maybe(z.union([manualStateSchema(), z.string()])),
    operations: maybe(z.union([z.array(operationSchema()), z.string()])),
    mute_alert: maybe(
      z.looseObject({
        reason: maybe(z.string()),
        by: maybe(z.string()),
      }),
    ),
    object_groups: maybe(z.array(z.unknown())),
    weight: maybe(z.number()),
    _version: maybe(z.number()),
  }),
);

export type SaymonObject = z.output<ReturnType<typeof objectSchema>>;
