import * as z from 'zod/mini';
import { tagSchema } from '../models/tag.ts';
import { defineEndpoint } from '../registry/define.ts';
import { id, maybe, pathParam } from '../schema/conventions.ts';

export const tagsCreate = defineEndpoint({
  id: 'tags.create',
  section: "Tags",
  title: "Create Tag",
  summary: "Creates a tag with the given name and returns it.",
  method: 'POST',
  path: '/node/api/tags',
  permissions: "",
  provenance: 'documented',
  bodyKind: 'json',
  responseKind: 'json',
  schemas: () => ({
    body: z.optional(z.looseObject({
      name: maybe(z.unknown()),
    })),
    response: tagSchema(),
  }),
});

export const tagsDelete = defineEndpoint({
  id: 'tags.delete',
  section: "Tags",
  title: "Delete Tag",
  summary: "Not found in the stored documentation; method and path follow the pattern of its documented siblings.",
  method: 'DELETE',
  path: '/node/api/tags/:id',
  permissions: "",
  provenance: 'inferred',
  bodyKind: 'none',
  responseKind: 'json',
  schemas: () => ({
    path: z.object({ id: pathParam() }),
    response: z.unknown(),
  }),
});

export const tagsGet = defineEndpoint({
  id: 'tags.get',
  section: "Tags",
  title: "Get Tag by ID",
  summary: "Not found in the stored documentation; method and path follow the pattern of its documented siblings.",
  method: 'GET',
  path: '/node/api/tags/:id',
  permissions: "",
  provenance: 'inferred',
  bodyKind: 'none',
  responseKind: 'json',
  schemas: () => ({
    path: z.object({ id: pathParam() }),
    response: tagSchema(),
  }),
});

export const tagsList = defineEndpoint({
  id: 'tags.list',
  section: "Tags",
  title: "Get All Tags",
  summary: "Lists tags; also a cheap connectivity/auth check.",
  method: 'GET',
  path: '/node/api/tags',
  permissions: "",
  provenance: 'real-client',
  bodyKind: 'none',
  responseKind: 'json',
  schemas: () => ({
    response: z.array(z.looseObject({
      id: maybe(id()),
      name: maybe(z.string()),
    })),
  }),
});

export const tagsUpdate = defineEndpoint({
  id: 'tags.update',
  section: "Tags",
  title: "Update Tag",
  summary: "Not found in the stored documentation; method and path follow the pattern of its documented siblings.",
  method: 'PATCH',
  path: '/node/api/tags/:id',
  permissions: "",
  provenance: 'inferred',
  bodyKind: 'json',
  responseKind: 'json',
  schemas: () => ({
    path: z.object({ id: pathParam() }),
    body: z.optional(z.looseObject({})),
    response: z.unknown(),
  }),
});
