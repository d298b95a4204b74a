import * as z from 'zod/mini';
import { anyObject, idOut, intOut, opt } from '../schema/conventions.ts';
import type { Known } from '../schema/known.ts';
import { lazy } from '../schema/lazy.ts';
import { manualStateSchema } from './manual-state.ts';
import { operationSchema } from './operation.ts';
import { propertySchema } from './property.ts';
import { tagSchema } from './tag.ts';

/**
 * A link: a directed connection from a source object to a target object, as Get Link by ID
 * answers it. Required fields are the ones real servers always send. Unknown fields are kept.
 */
export const linkSchema = lazy(() =>
  z.looseObject({
    id: idOut(),
    source: idOut(),
    target: idOut(),
    // numbers in Get All Links and Update Link, strings in the model page: always a string here
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
    source_name: opt(z.string()),
    target_name: opt(z.string()),
    name: opt(z.string()),
    owner_id: opt(idOut()),
    /** A JSON document serialised into a string (UI settings). */
    client_data: opt(z.union([z.string(), anyObject()])),
    /** 2 for links. */
    entityType: opt(intOut()),
    /** The pinned state; `null` once cleared. */
    manual_state: opt(z.nullable(manualStateSchema())),
    _version: opt(z.number()),
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

const mask = <K extends string>(keys: readonly K[]) =>
  Object.fromEntries(['id', ...keys].map((k) => [k, true])) as { [P in K | 'id']: true };

/** A link as Get All Links lists it by default: `id` and `linkListFields`. */
export const linkListItemSchema = lazy(() => z.pick(linkSchema(), mask(linkListFields)));

export type LinkListItem = Known<z.output<ReturnType<typeof linkListItemSchema>>>;
