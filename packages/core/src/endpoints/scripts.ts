import * as z from 'zod/mini';
import { defineEndpoint } from '../contract/define.ts';
import { scriptSchema } from '../models/script.ts';
import { pathParam } from '../schema/conventions.ts';

/** Writable script fields. */
const scriptFields = () => ({
  name: z.optional(z.string()),
  text: z.optional(z.string()),
});

export const scriptsCreate = defineEndpoint({
  id: 'scripts.create',
  section: 'Scripts',
  title: 'Create Script',
  method: 'POST',
  path: '/node/api/scripts',
  permissions: 'manage-scripts',
  permissionsSource: 'sibling',
  provenance: 'inferred',
  bodyKind: 'json',
  responseKind: 'json',
  schemas: () => ({
    body: z.optional(z.looseObject(scriptFields())),
    response: scriptSchema(),
  }),
});

export const scriptsDelete = defineEndpoint({
  id: 'scripts.delete',
  section: 'Scripts',
  title: 'Delete Script',
  method: 'DELETE',
  path: '/node/api/scripts/:id',
  permissions: 'manage-scripts',
  permissionsSource: 'sibling',
  provenance: 'inferred',
  bodyKind: 'none',
  // assumed: every documented DELETE answers with an empty body
  responseKind: 'empty',
  schemas: () => ({
    path: z.object({ id: pathParam() }),
  }),
});

export const scriptsGet = defineEndpoint({
  id: 'scripts.get',
  section: 'Scripts',
  title: 'Get Script by ID',
  method: 'GET',
  path: '/node/api/scripts/:id',
  permissions: '',
  provenance: 'inferred',
  bodyKind: 'none',
  responseKind: 'json',
  schemas: () => ({
    path: z.object({ id: pathParam() }),
    response: scriptSchema(),
  }),
});

export const scriptsList = defineEndpoint({
  id: 'scripts.list',
  section: 'Scripts',
  title: 'Get All Scripts',
  method: 'GET',
  path: '/node/api/scripts',
  permissions: '',
  provenance: 'inferred',
  bodyKind: 'none',
  responseKind: 'json',
  schemas: () => ({
    response: z.array(scriptSchema()),
  }),
});

export const scriptsUpdate = defineEndpoint({
  id: 'scripts.update',
  section: 'Scripts',
  title: 'Update Script',
  method: 'PATCH',
  path: '/node/api/scripts/:id',
  permissions: 'manage-scripts',
  provenance: 'documented',
  bodyKind: 'json',
  responseKind: 'json',
  schemas: () => ({
    path: z.object({ id: pathParam() }),
    body: z.optional(z.looseObject(scriptFields())),
    response: scriptSchema(),
  }),
});
