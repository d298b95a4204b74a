import * as z from 'zod/mini';
import { defineEndpoint } from '../contract/define.ts';
import { referenceSchema } from '../models/reference.ts';
import { id, pathParam } from '../schema/conventions.ts';

export const referencesCreate = defineEndpoint({
  id: 'references.create',
  section: 'References',
  title: 'Create Reference',
  method: 'POST',
  path: '/node/api/refs',
  permissions: 'objectPermissions & (modify-objects | manage-objects)',
  provenance: 'documented',
  bodyKind: 'json',
  responseKind: 'json',
  schemas: () => ({
    body: z.looseObject({
      owner: id(),
      target: id(),
      // UI settings as a JSON-encoded string
      client_data: z.optional(z.string()),
    }),
    response: referenceSchema(),
  }),
});

export const referencesDelete = defineEndpoint({
  id: 'references.delete',
  section: 'References',
  title: 'Delete Reference',
  method: 'DELETE',
  path: '/node/api/refs/:id',
  permissions: 'referencePermissions & (modify-objects | manage-objects)',
  permissionsSource: 'sibling',
  provenance: 'inferred',
  bodyKind: 'none',
  // assumed: every documented DELETE answers with an empty body
  responseKind: 'empty',
  schemas: () => ({
    path: z.object({ id: pathParam() }),
  }),
});

export const referencesGet = defineEndpoint({
  id: 'references.get',
  section: 'References',
  title: 'Get Reference by ID',
  method: 'GET',
  path: '/node/api/refs/:id',
  permissions: 'referencePermissions',
  provenance: 'documented',
  bodyKind: 'none',
  responseKind: 'json',
  schemas: () => ({
    path: z.object({ id: pathParam() }),
    response: referenceSchema(),
  }),
});

export const referencesList = defineEndpoint({
  id: 'references.list',
  section: 'References',
  title: 'Get All References',
  method: 'GET',
  path: '/node/api/refs',
  permissions: '',
  provenance: 'inferred',
  bodyKind: 'none',
  responseKind: 'json',
  schemas: () => ({
    response: z.array(referenceSchema()),
  }),
});

export const referencesUpdate = defineEndpoint({
  id: 'references.update',
  section: 'References',
  title: 'Update Reference',
  method: 'PATCH',
  path: '/node/api/refs/:id',
  permissions: 'referencePermissions & (modify-objects | manage-objects)',
  provenance: 'documented',
  bodyKind: 'json',
  responseKind: 'json',
  schemas: () => ({
    path: z.object({ id: pathParam() }),
    body: z.optional(
      z.looseObject({
        client_data: z.optional(z.string()),
      }),
    ),
    response: referenceSchema(),
  }),
});
