import * as z from 'zod/mini';
import { idListOut, idsOut, intOut, opt } from '../schema/conventions.ts';
import type { Known } from '../schema/known.ts';
import { lazy } from '../schema/lazy.ts';
import { fieldProvenance } from '../schema/marks.ts';
import { entityFields, pickMask } from './entity-fields.ts';

/**
 * An object: a node of the monitoring tree, as Get Object by ID answers it. The required fields are
 * the ones real servers always send (a captured real object and the model page agree); the rest
 * may be absent. Unknown fields are kept at run time (see `rawFields`).
 */
export const objectSchema = lazy(() =>
  z.looseObject({
    name: z.string(),
    ...entityFields(),
    /** Parent ids; old servers send one string, the SDK always hands out a list. */
    parent_id: idListOut(),
    child_ids: idsOut(),
    child_link_ids: idsOut(),
    child_ref_ids: idsOut(),
    /** [longitude, latitude]; empty when the object is not placed on a map. */
    geoposition: z.array(z.number()),
    discovery_id: opt(z.string()),
    background: opt(z.string()),
    geopositionRadius: opt(intOut()),
    /** `null` while alarms are generated normally. */
    mute_alert: opt(z.nullable(z.looseObject({ reason: opt(z.string()), by: opt(z.string()) }))),
    object_groups: opt(z.array(z.unknown())),
    /** The human-readable full path (`Root / Site / Server`), sent only when asked for with `fields`. */
    path: opt(z.string()),
    /** The names of the metrics the object has data for (not on the doc page; read by public programs). */
    metrics_cache: opt(fieldProvenance(z.array(z.string()), 'real-client')),
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

/** An object as Get All Objects lists it by default: `id` and `objectListFields`. */
export const objectListItemSchema = lazy(() => z.pick(objectSchema(), pickMask(objectListFields)));

export type SaymonObjectListItem = Known<z.output<ReturnType<typeof objectListItemSchema>>>;
