import * as z from 'zod/mini';
import { defineEndpoint } from '../contract/define.ts';
import { dictionarySchema } from '../models/dictionary.ts';
import { anyObject, id, pathParam } from '../schema/conventions.ts';

/** Writable dictionary fields. */
const dictionaryFields = () => ({
  id: z.optional(id()),
  name: z.optional(z.string()),
  // typed String in the docs, but every example sends a key/value object
  content: z.optional(z.union([z.string(), anyObject()])),
});

export const dictionariesCreate = defineEndpoint({
  id: 'dictionaries.create',
  section: 'Dictionaries',
  title: 'Create Dictionary',
  method: 'POST',
  path: '/node/api/dictionaries',
  permissions: 'manage-dictionaries',
  permissionsSource: 'sibling',
  provenance: 'documented',
  bodyKind: 'json',
  responseKind: 'json',
  schemas: () => ({
    body: z.optional(z.looseObject(dictionaryFields())),
    response: dictionarySchema(),
  }),
});

export const dictionariesDelete = defineEndpoint({
  id: 'dictionaries.delete',
  section: 'Dictionaries',
  title: 'Delete Dictionary',
  method: 'DELETE',
  path: '/node/api/dictionaries/:id',
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

export const dictionariesGet = defineEndpoint({
  id: 'dictionaries.get',
  section: 'Dictionaries',
  title: 'Get Dictionary by ID',
  method: 'GET',
  path: '/node/api/dictionaries/:id',
  permissions: '',
  provenance: 'inferred',
  bodyKind: 'none',
  responseKind: 'json',
  schemas: () => ({
    path: z.object({ id: pathParam() }),
    response: dictionarySchema(),
  }),
});

export const dictionariesList = defineEndpoint({
  id: 'dictionaries.list',
  section: 'Dictionaries',
  title: 'Get All Dictionaries',
  method: 'GET',
  path: '/node/api/dictionaries',
  permissions: '',
  provenance: 'inferred',
  bodyKind: 'none',
  responseKind: 'json',
  schemas: () => ({
    response: z.array(dictionarySchema()),
  }),
});

export const dictionariesUpdate = defineEndpoint({
  id: 'dictionaries.update',
  section: 'Dictionaries',
  title: 'Update Dictionary',
  method: 'PATCH',
  path: '/node/api/dictionaries/:id',
  permissions: 'manage-dictionaries',
  permissionsSource: 'sibling',
  provenance: 'documented',
  bodyKind: 'json',
  responseKind: 'json',
  schemas: () => ({
    path: z.object({ id: pathParam() }),
    body: z.optional(z.looseObject(dictionaryFields())),
    response: dictionarySchema(),
  }),
});
