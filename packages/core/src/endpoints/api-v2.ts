import * as z from 'zod/mini';
import { defineEndpoint } from '../contract/define.ts';
import { referenceSchema } from '../models/reference.ts';
import { anyObject, id, int, intOut, maybe } from '../schema/conventions.ts';

/** Field selection, sorting and paging shared by the v2 search calls. */
const selection = () => ({
  // field names to return for each item
  fields: z.optional(z.array(z.string())),
  // sort keys, ascending; a leading '!' sorts that key descending
  order: z.optional(z.array(z.string())),
  limit: z.optional(int()),
  offset: z.optional(int()),
});

/**
 * The v2 answer. Only the getRefs page documents it ({ items, count }); the other pages
 * show no response, so items are kept as open records (field selection makes any field optional).
 */
const page = () =>
  z.looseObject({
    items: maybe(z.array(anyObject())),
    count: maybe(int()),
  });

export const v2GetLinks = defineEndpoint({
  id: 'v2.getLinks',
  section: 'API v2',
  title: 'Get links (API v2)',
  method: 'POST',
  path: '/node/api/v2/getLinks',
  permissions: 'linkPermissions',
  permissionsSource: 'open',
  provenance: 'documented',
  // a read: filters, fields and paging travel in the body
  effect: 'read',
  idempotent: true,
  bodyKind: 'json',
  responseKind: 'json',
  schemas: () => ({
    // an empty body returns all links with default fields
    body: z.optional(
      z.looseObject({
        filter: z.optional(
          z.looseObject({
            source: z.optional(z.array(z.string())),
            target: z.optional(z.array(z.string())),
            state_id: z.optional(z.array(id())),
            class_id: z.optional(z.array(id())),
            id: z.optional(z.array(z.string())),
            tags: z.optional(z.array(z.string())),
          }),
        ),
        ...selection(),
      }),
    ),
    response: page(),
  }),
});

export const v2GetObjects = defineEndpoint({
  id: 'v2.getObjects',
  section: 'API v2',
  title: 'Get objects (API v2)',
  method: 'POST',
  path: '/node/api/v2/getObjects',
  permissions: 'objectPermissions',
  permissionsSource: 'open',
  provenance: 'documented',
  // a read: filters, fields and paging travel in the body
  effect: 'read',
  idempotent: true,
  bodyKind: 'json',
  responseKind: 'json',
  schemas: () => ({
    body: z.optional(
      z.looseObject({
        // newest docs use the plural *_ids keys; older ones child_id, parent_id, state_id, class_id, id
        filter: z.optional(
          z.looseObject({
            child_ids: z.optional(z.array(z.string())),
            parent_ids: z.optional(z.array(z.string())),
            name: z.optional(z.string()),
            state_ids: z.optional(z.array(id())),
            class_ids: z.optional(z.array(id())),
            ids: z.optional(z.array(z.string())),
            tags: z.optional(z.array(z.string())),
          }),
        ),
        // newest docs: paths, deepParents, withHidden, invalidateCacheMode
        flags: z.optional(z.array(z.string())),
        ...selection(),
      }),
    ),
    response: page(),
  }),
});

export const v2GetRefs = defineEndpoint({
  id: 'v2.getRefs',
  section: 'API v2',
  title: 'Get references (API v2)',
  method: 'POST',
  path: '/node/api/v2/getRefs',
  permissions: 'referencePermissions',
  permissionsSource: 'open',
  provenance: 'documented',
  // a read: filters and paging travel in the body
  effect: 'read',
  idempotent: true,
  bodyKind: 'json',
  responseKind: 'json',
  schemas: () => ({
    body: z.optional(
      z.looseObject({
        filter: z.optional(
          z.looseObject({
            owner_ids: z.optional(z.array(id())),
            target_ids: z.optional(z.array(id())),
            // the docs' example mixes numbers and strings
            ids: z.optional(z.array(id())),
          }),
        ),
        limit: z.optional(int()),
        offset: z.optional(int()),
      }),
    ),
    response: z.looseObject({
      items: z.array(referenceSchema()),
      count: intOut(),
    }),
  }),
});
