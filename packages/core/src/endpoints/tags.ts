import * as z from 'zod/mini';
import { defineEndpoint } from '../contract/define.ts';
import { tagSchema } from '../models/tag.ts';
import { pathParam } from '../schema/conventions.ts';

/** Writable tag fields: the docs show only the name. */
const tagFields = () => ({
  name: z.optional(z.string()),
});

export const tagsCreate = defineEndpoint({
  id: 'tags.create',
  section: 'Tags',
  title: 'Create Tag',
  method: 'POST',
  path: '/node/api/tags',
  permissions: 'modify-objects | manage-objects',
  permissionsSource: 'sibling',
  provenance: 'documented',
  bodyKind: 'json',
  responseKind: 'json',
  schemas: () => ({
    body: z.optional(z.looseObject(tagFields())),
    response: tagSchema(),
  }),
});

export const tagsDelete = defineEndpoint({
  id: 'tags.delete',
  section: 'Tags',
  title: 'Delete Tag',
  method: 'DELETE',
  path: '/node/api/tags/:id',
  permissions: 'modify-objects | manage-objects',
  permissionsSource: 'sibling',
  provenance: 'inferred',
  bodyKind: 'none',
  // assumed: every documented DELETE answers with an empty body
  responseKind: 'empty',
  schemas: () => ({
    path: z.object({ id: pathParam() }),
  }),
});

export const tagsGet = defineEndpoint({
  id: 'tags.get',
  section: 'Tags',
  title: 'Get Tag by ID',
  method: 'GET',
  path: '/node/api/tags/:id',
  permissions: '',
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
  section: 'Tags',
  title: 'Get All Tags',
  method: 'GET',
  path: '/node/api/tags',
  permissions: '',
  provenance: 'real-client',
  bodyKind: 'none',
  responseKind: 'json',
  schemas: () => ({
    response: z.array(tagSchema()),
  }),
});

export const tagsUpdate = defineEndpoint({
  id: 'tags.update',
  section: 'Tags',
  title: 'Update Tag',
  method: 'PATCH',
  path: '/node/api/tags/:id',
  permissions: 'modify-objects | manage-objects',
  permissionsSource: 'sibling',
  provenance: 'inferred',
  bodyKind: 'json',
  responseKind: 'json',
  schemas: () => ({
    path: z.object({ id: pathParam() }),
    body: z.optional(z.looseObject(tagFields())),
    response: tagSchema(),
  }),
});
