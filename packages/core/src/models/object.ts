import * as z from 'zod/mini';
import { anyObject, idListOut, idOut, idsOut, intOut, opt } from '../schema/conventions.ts';
import type { Known } from '../schema/known.ts';
import { lazy } from '../schema/lazy.ts';
import { manualStateSchema } from './manual-state.ts';
import { operationSchema } from './operation.ts';
import { propertySchema } from './property.ts';
import { tagSchema } from './tag.ts';

/**
 * An object: a node of the monitoring tree, as Get Object by ID answers it. The required fields are
 * the ones real servers always send (a captured real object and the model page agree); the rest
 * may be absent. Unknown fields are kept at run time (see `rawFields`).
 */
export const objectSchema = lazy(() =>
  z.looseObject({
    id: idOut(),
    name: z.string(),
    class_id: idOut(),
    state_id: idOut(),
    /** Parent ids; old servers send one string, the SDK always hands out a list. */
    parent_id: idListOut(),
    child_ids: idsOut(),
    child_link_ids: idsOut(),
    child_ref_ids: idsOut(),
    properties: z.array(propertySchema()),
    operations: z.array(operationSchema()),
    // tag records, or tag ids (the search filter matches tags with `$in: [string]`)
    tags: z.array(z.union([z.string(), tagSchema()])),
    created: z.number(),
    updated: z.number(),
    last_state_update: z.number(),
    /** [longitude, latitude]; empty when the object is not placed on a map. */
    geoposition: z.array(z.number()),
    /** 1 unless set. */
    weight: z.number(),
    owner_id: opt(idOut()),
    discovery_id: opt(z.string()),
    /** A JSON document serialised into a string (UI settings). */
    client_data: opt(z.union([z.string(), anyObject()])),
    background: opt(z.string()),
    /** 1 for objects. */
    entityType: opt(intOut()),
    geopositionRadius: opt(intOut()),
    /** The pinned state; `null` once cleared. */
    manual_state: opt(z.nullable(manualStateSchema())),
    /** `null` while alarms are generated normally. */
    mute_alert: opt(z.nullable(z.looseObject({ reason: opt(z.string()), by: opt(z.string()) }))),
    object_groups: opt(z.array(z.unknown())),
    /** The human-readable full path (`Root / Site / Server`), sent only when asked for with `fields`. */
    path: opt(z.string()),
    _version: opt(z.number()),
  }),
);

export type SaymonObject = Known<z.output<ReturnType<typeof objectSchema>>>;

/** The fields Get All Objects sends when no `fields` are asked for (newest docs), besides `id`. */
export const objectListFields = [
  'name',
  'parent_id',
  'class_id',
  'state_id',
  'last_state_update',
  'child_ids',
  'child_link_ids',
  'child_ref_ids',
  'geoposition',
] as const;

const mask = <K extends string>(keys: readonly K[]) =>
  Object.fromEntries(['id', ...keys].map((k) => [k, true])) as { [P in K | 'id']: true };

/** An object as Get All Objects lists it by default: `id` and `objectListFields`. */
export const objectListItemSchema = lazy(() => z.pick(objectSchema(), mask(objectListFields)));

export type SaymonObjectListItem = Known<z.output<ReturnType<typeof objectListItemSchema>>>;
