import * as z from 'zod/mini';
import { defineEndpoint } from '../contract/define.ts';
import { dictionaryGroupSchema } from '../models/dictionary-group.ts';
import { id, pathParam } from '../schema/conventions.ts';

/** Writable dictionary-group fields. */
const groupFields = () => ({
  id: z.optional(id()),
  name: z.optional(z.string()),
  description: z.optional(z.string()),
});

export const dictionaryGroupsCreate = defineEndpoint({
  id: 'dictionaryGroups.create',
  section: 'Dictionary Groups',
  title: 'Create dictionary group',
  method: 'POST',
  path: '/node/api/dictionary-groups',
  permissions: 'manage-dictionaries',
  provenance: 'documented',
  bodyKind: 'json',
  responseKind: 'json',
  schemas: () => ({
    body: z.optional(z.looseObject(groupFields())),
    response: dictionaryGroupSchema(),
  }),
});

export const dictionaryGroupsDelete = defineEndpoint({
  id: 'dictionaryGroups.delete',
  section: 'Dictionary Groups',
  title: 'Delete Dictionary Group',
  method: 'DELETE',
  path: '/node/api/dictionary-groups/:id',
  permissions: 'manage-dictionaries',
  permissionsSource: 'sibling',
  provenance: 'inferred',
  bodyKind: 'none',
  // assumed: every documented DELETE answers with an empty body
  responseKind: 'empty',
  schemas: () => ({
    path: z.object({ id: pathParam() }),
  }),
});

export const dictionaryGroupsList = defineEndpoint({
  id: 'dictionaryGroups.list',
  section: 'Dictionary Groups',
  title: 'Get All Dictionary Groups',
  method: 'GET',
  path: '/node/api/dictionary-groups',
  permissions: '',
  provenance: 'inferred',
  bodyKind: 'none',
  responseKind: 'json',
  schemas: () => ({
    response: z.array(dictionaryGroupSchema()),
  }),
});

export const dictionaryGroupsUpdate = defineEndpoint({
  id: 'dictionaryGroups.update',
  section: 'Dictionary Groups',
  title: 'Update dictionary group',
  method: 'PATCH',
  path: '/node/api/dictionary-groups/:id',
  permissions: 'manage-dictionaries',
  permissionsSource: 'sibling',
  provenance: 'documented',
  bodyKind: 'json',
  responseKind: 'json',
  schemas: () => ({
    path: z.object({ id: pathParam() }),
    body: z.optional(z.looseObject(groupFields())),
    response: dictionaryGroupSchema(),
  }),
});
