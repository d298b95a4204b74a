import * as z from 'zod/mini';
import { objectSchema } from '../models/object.ts';
import { defineEndpoint } from '../registry/define.ts';
import { int, maybe } from '../schema/conventions.ts';

export const v2GetLinks = defineEndpoint({
  id: 'v2.getLinks',
  section: "API v2",
  title: "Get links (API v2)",
  summary: "Searches links with server-side filtering, field selection, sorting and paging in one POST.",
  method: 'POST',
  path: '/node/api/v2/getLinks',
  permissions: "linkPermissions",
  provenance: 'documented',
  bodyKind: 'json',
  responseKind: 'json',
  schemas: () => ({
    body: z.optional(z.looseObject({
      filter: maybe(z.looseObject({
        source: maybe(z.array(z.string())),
        target: maybe(z.array(z.string())),
        state_id: maybe(z.array(z.string())),
        class_id: maybe(z.array(z.string())),
        id: maybe(z.array(z.string())),
        tags: maybe(z.array(z.string())),
      })),
      fields: maybe(z.array(z.string())),
      order: maybe(z.array(z.unknown())),
      limit: maybe(int()),
      offset: maybe(int()),
    })),
    response: z.unknown(),
  }),
});

export const v2GetObjects = defineEndpoint({
  id: 'v2.getObjects',
  section: "API v2",
  title: "Get objects (API v2)",
  summary: "Searches objects with server-side filtering, field selection, sorting and paging in one POST.",
  method: 'POST',
  path: '/node/api/v2/getObjects',
  permissions: "objectPermissions",
  provenance: 'documented',
  bodyKind: 'json',
  responseKind: 'json',
  schemas: () => ({
    body: z.optional(z.looseObject({
      filter: maybe(z.looseObject({
        child_ids: maybe(z.array(z.string())),
        parent_ids: maybe(z.array(z.string())),
        name: maybe(z.string()),
        state_ids: maybe(z.array(z.string())),
        class_ids: maybe(z.array(z.string())),
        ids: maybe(z.array(z.string())),
        tags: maybe(z.array(z.string())),
      })),
      flags: maybe(z.array(z.string())),
      fields: maybe(z.array(z.string())),
      order: maybe(z.array(z.unknown())),
      limit: maybe(int()),
      offset: maybe(int()),
    })),
    response: z.unknown(),
  }),
});

export const v2GetRefs = defineEndpoint({
  id: 'v2.getRefs',
  section: "API v2",
  title: "Get references (API v2)",
  summary: "Searches references with filters and paging, answering with an items list plus a count.",
  method: 'POST',
  path: '/node/api/v2/getRefs',
  permissions: "referencePermissions",
  provenance: 'documented',
  bodyKind: 'json',
  responseKind: 'json',
  schemas: () => ({
    body: z.optional(z.looseObject({
      filter: maybe(z.looseObject({
        owner_ids: maybe(z.array(z.string())),
        target_ids: maybe(z.array(z.string())),
        ids: maybe(z.array(z.string())),
      })),
      limit: maybe(int()),
      offset: maybe(int()),
    })),
    response: z.looseObject({
      items: maybe(z.array(objectSchema())),
      count: maybe(z.number()),
    }),
  }),
});
