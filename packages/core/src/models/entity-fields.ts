import * as z from 'zod/mini';
import { anyObject, idOut, intOut, opt } from '../schema/conventions.ts';
import { manualStateSchema } from './manual-state.ts';
import { operationSchema } from './operation.ts';
import { propertySchema } from './property.ts';
import { tagSchema } from './tag.ts';

/**
 * The fields objects and links share, as real servers send them on a record read by id: the
 * required ones always, the optional ones when set. Spread into both models.
 */
export const entityFields = () => ({
  id: idOut(),
  class_id: idOut(),
  state_id: idOut(),
  properties: z.array(propertySchema()),
  operations: z.array(operationSchema()),
  // tag records, or tag ids (the search filter matches tags with `$in: [string]`)
  tags: z.array(z.union([z.string(), tagSchema()])),
  created: z.number(),
  updated: z.number(),
  last_state_update: z.number(),
  /** 1 unless set. */
  weight: z.number(),
  owner_id: opt(idOut()),
  /** A JSON document serialised into a string (UI settings). */
  client_data: opt(z.union([z.string(), anyObject()])),
  /** 1 for objects, 2 for links. */
  entityType: opt(intOut()),
  /** The pinned state; `null` once cleared. */
  manual_state: opt(z.nullable(manualStateSchema())),
  _version: opt(z.number()),
});

/** A `z.pick` mask for `id` and the given keys (the default fields of a list call). */
export const pickMask = <K extends string>(keys: readonly K[]) =>
  Object.fromEntries(['id', ...keys].map((k) => [k, true])) as { [P in K | 'id']: true };
