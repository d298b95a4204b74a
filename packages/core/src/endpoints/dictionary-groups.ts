import * as z from 'zod/mini';
import { dictionaryGroupSchema } from '../models/dictionary-group.ts';
import { defineEndpoint } from '../registry/define.ts';
import { id, maybe, pathParam } from '../schema/conventions.ts';

export const dictionaryGroupsCreate = defineEndpoint({
  id: 'dictionaryGroups.create',
  section: "Dictionary Groups",
  title: "Create dictionary group",
  summary: "Creates a group for organising dictionaries and returns it.",
  method: 'POST',
  path: '/node/api/dictionary-groups',
  permissions: "manage-dictionaries",
  provenance: 'documented',
  bodyKind: 'json',
  responseKind: 'json',
  schemas: () => ({
    body: z.optional(z.looseObject({
      id: maybe(id()),
      name: maybe(z.string()),
      description: maybe(z.string()),
    })),
    response: dictionaryGroupSchema(),
  }),
});

export const dictionaryGroupsDelete = defineEndpoint({
  id: 'dictionaryGroups.delete',
  section: "Dictionary Groups",
  title: "Delete Dictionary Group",
  summary: "Not found in the stored documentation; method and path follow the pattern of its documented siblings.",
  method: 'DELETE',
  path: '/node/api/dictionary-groups/:id',
  permissions: "",
  provenance: 'inferred',
  bodyKind: 'none',
  responseKind: 'json',
  schemas: () => ({
    path: z.object({ id: pathParam() }),
    response: z.unknown(),
  }),
});

export const dictionaryGroupsList = defineEndpoint({
  id: 'dictionaryGroups.list',
  section: "Dictionary Groups",
  title: "Get All Dictionary Groups",
  summary: "Not found in the stored documentation; method and path follow the pattern of its documented siblings.",
  method: 'GET',
  path: '/node/api/dictionary-groups',
  permissions: "",
  provenance: 'inferred',
  bodyKind: 'none',
  responseKind: 'json',
  schemas: () => ({
    response: z.array(dictionaryGroupSchema()),
  }),
});

export const dictionaryGroupsUpdate = defineEndpoint({
  id: 'dictionaryGroups.update',
  section: "Dictionary Groups",
  title: "Update dictionary group",
  summary: "Modifies a dictionary group and returns the updated group.",
  method: 'PATCH',
  path: '/node/api/dictionary-groups/:id',
  permissions: "",
  provenance: 'documented',
  bodyKind: 'json',
  responseKind: 'json',
  schemas: () => ({
    path: z.object({ id: pathParam() }),
    body: z.optional(z.looseObject({
      id: maybe(id()),
      name: maybe(z.string()),
      description: maybe(z.string()),
    })),
    response: dictionaryGroupSchema(),
  }),
});
