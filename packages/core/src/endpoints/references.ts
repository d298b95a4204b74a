import * as z from 'zod/mini';
import { referenceSchema } from '../models/reference.ts';
import { defineEndpoint } from '../registry/define.ts';
import { id, maybe, pathParam } from '../schema/conventions.ts';

export const referencesCreate = defineEndpoint({
  id: 'references.create',
  section: "References",
  title: "Create Reference",
  summary: "Places a reference to an existing object inside another (owner) object.",
  method: 'POST',
  path: '/node/api/refs',
  permissions: "objectPermissions & (modify-objects | manage-objects)",
  provenance: 'documented',
  bodyKind: 'json',
  responseKind: 'json',
  schemas: () => ({
    body: z.looseObject({
      owner: z.string(),
      target: z.string(),
      client_data: maybe(z.string()),
    }),
    response: z.looseObject({
      id: maybe(id()),
      owner: maybe(z.string()),
      target: maybe(z.string()),
      client_data: maybe(z.string()),
    }),
  }),
});

export const referencesDelete = defineEndpoint({
  id: 'references.delete',
  section: "References",
  title: "Delete Reference",
  summary: "Not found in the stored documentation; method and path follow the pattern of its documented siblings.",
  method: 'DELETE',
  path: '/node/api/refs/:id',
  permissions: "",
  provenance: 'inferred',
  bodyKind: 'none',
  responseKind: 'json',
  schemas: () => ({
    path: z.object({ id: pathParam() }),
    response: z.unknown(),
  }),
});

export const referencesGet = defineEndpoint({
  id: 'references.get',
  section: "References",
  title: "Get Reference by ID",
  summary: "Fetches one reference by its ID.",
  method: 'GET',
  path: '/node/api/refs/:id',
  permissions: "referencePermissions",
  provenance: 'documented',
  bodyKind: 'none',
  responseKind: 'json',
  schemas: () => ({
    path: z.object({ id: pathParam() }),
    response: z.unknown(),
  }),
});

export const referencesList = defineEndpoint({
  id: 'references.list',
  section: "References",
  title: "Get All References",
  summary: "Not found in the stored documentation; method and path follow the pattern of its documented siblings.",
  method: 'GET',
  path: '/node/api/refs',
  permissions: "",
  provenance: 'inferred',
  bodyKind: 'none',
  responseKind: 'json',
  schemas: () => ({
    response: z.array(referenceSchema()),
  }),
});

export const referencesUpdate = defineEndpoint({
  id: 'references.update',
  section: "References",
  title: "Update Reference",
  summary: "Replaces the client data of a reference and returns the reference.",
  method: 'PATCH',
  path: '/node/api/refs/:id',
  permissions: "referencePermissions & (modify-objects | manage-objects)",
  provenance: 'documented',
  bodyKind: 'json',
  responseKind: 'json',
  schemas: () => ({
    path: z.object({ id: pathParam() }),
    body: z.optional(z.looseObject({
      client_data: maybe(z.string()),
    })),
    response: referenceSchema(),
  }),
});
