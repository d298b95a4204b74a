import * as z from 'zod/mini';
import { idOut, opt } from '../schema/conventions.ts';
import type { Known } from '../schema/known.ts';
import { lazy } from '../schema/lazy.ts';
import { entityFields, pickMask } from './entity-fields.ts';

/**
 * A link: a directed connection from a source object to a target object, as Get Link by ID
 * answers it (class ids are numbers in Get All Links and strings in the model page: always a
 * string here). Required fields are the ones real servers always send. Unknown fields are kept.
 */
export const linkSchema = lazy(() =>
  z.looseObject({
    ...entityFields(),
    source: idOut(),
    target: idOut(),
    source_name: opt(z.string()),
    target_name: opt(z.string()),
    name: opt(z.string()),
  }),
);

export type Link = Known<z.output<ReturnType<typeof linkSchema>>>;

/** The fields Get All Links sends when no `fields` are asked for, besides `id`. */
export const linkListFields = [
  'class_id',
  'source',
  'target',
  'source_name',
  'target_name',
  'state_id',
  'last_state_update',
] as const;

/** A link as Get All Links lists it by default: `id` and `linkListFields`. */
export const linkListItemSchema = lazy(() => z.pick(linkSchema(), pickMask(linkListFields)));

export type LinkListItem = Known<z.output<ReturnType<typeof linkListItemSchema>>>;
