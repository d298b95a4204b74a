import * as z from 'zod/mini';
import { dictionarySchema } from '../models/dictionary.ts';
import { defineEndpoint } from '../registry/define.ts';
import { id, maybe, pathParam } from '../schema/conventions.ts';

export const dictionariesCreate = defineEndpoint({
  id: 'dictionaries.create',
  section: "Dictionaries",
  title: "Create Dictionary",
  summary: "Creates a key-to-value dictionary and returns it.",
  method: 'POST',
  path: '/node/api/dictionaries',
  permissions: "",
  provenance: 'documented',
  bodyKind: 'json',
  responseKind: 'json',
  schemas: () => ({
    body: z.optional(z.looseObject({
      id: maybe(id()),
      name: maybe(z.string()),
      content: maybe(z.string()),
    })),
    response: dictionarySchema(),
  }),
});

export const dictionariesDelete = defineEndpoint({
  id: 'dictionaries.delete',
  section: "Dictionaries",
  title: "Delete Dictionary",
  summary: "Not found in the stored documentation; method and path follow the pattern of its documented siblings.",
  method: 'DELETE',
  path: '/node/api/dictionaries/:id',
  permissions: "",
  provenance: 'inferred',
  bodyKind: 'none',
  responseKind: 'json',
  schemas: () => ({
    path: z.object({ id: pathParam() }),
    response: z.unknown(),
  }),
});

export const dictionariesGet = defineEndpoint({
  id: 'dictionaries.get',
  section: "Dictionaries",
  title: "Get Dictionary by ID",
  summary: "Not found in the stored documentation; method and path follow the pattern of its documented siblings.",
  method: 'GET',
  path: '/node/api/dictionaries/:id',
  permissions: "",
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
  section: "Dictionaries",
  title: "Get All Dictionaries",
  summary: "Not found in the stored documentation; method and path follow the pattern of its documented siblings.",
  method: 'GET',
  path: '/node/api/dictionaries',
  permissions: "",
  provenance: 'inferred',
  bodyKind: 'none',
  responseKind: 'json',
  schemas: () => ({
    response: z.array(dictionarySchema()),
  }),
});

export const dictionariesUpdate = defineEndpoint({
  id: 'dictionaries.update',
  section: "Dictionaries",
  title: "Update Dictionary",
  summary: "Modifies a dictionary's name and/or content and returns the updated dictionary.",
  method: 'PATCH',
  path: '/node/api/dictionaries/:id',
  permissions: "",
  provenance: 'documented',
  bodyKind: 'json',
  responseKind: 'json',
  schemas: () => ({
    path: z.object({ id: pathParam() }),
    body: z.optional(z.looseObject({
      id: maybe(id()),
      name: maybe(z.string()),
      content: maybe(z.string()),
    })),
    response: dictionarySchema(),
  }),
});
