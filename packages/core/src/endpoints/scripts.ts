import * as z from 'zod/mini';
import { scriptSchema } from '../models/script.ts';
import { defineEndpoint } from '../registry/define.ts';
import { maybe, pathParam } from '../schema/conventions.ts';

export const scriptsCreate = defineEndpoint({
  id: 'scripts.create',
  section: "Scripts",
  title: "Create Script",
  summary: "Not found in the stored documentation; method and path follow the pattern of its documented siblings.",
  method: 'POST',
  path: '/node/api/scripts',
  permissions: "",
  provenance: 'inferred',
  bodyKind: 'json',
  responseKind: 'json',
  schemas: () => ({
    body: z.optional(z.looseObject({})),
    response: z.unknown(),
  }),
});

export const scriptsDelete = defineEndpoint({
  id: 'scripts.delete',
  section: "Scripts",
  title: "Delete Script",
  summary: "Not found in the stored documentation; method and path follow the pattern of its documented siblings.",
  method: 'DELETE',
  path: '/node/api/scripts/:id',
  permissions: "",
  provenance: 'inferred',
  bodyKind: 'none',
  responseKind: 'json',
  schemas: () => ({
    path: z.object({ id: pathParam() }),
    response: z.unknown(),
  }),
});

export const scriptsGet = defineEndpoint({
  id: 'scripts.get',
  section: "Scripts",
  title: "Get Script by ID",
  summary: "Not found in the stored documentation; method and path follow the pattern of its documented siblings.",
  method: 'GET',
  path: '/node/api/scripts/:id',
  permissions: "",
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
  section: "Scripts",
  title: "Get All Scripts",
  summary: "Not found in the stored documentation; method and path follow the pattern of its documented siblings.",
  method: 'GET',
  path: '/node/api/scripts',
  permissions: "",
  provenance: 'inferred',
  bodyKind: 'none',
  responseKind: 'json',
  schemas: () => ({
    response: z.array(scriptSchema()),
  }),
});

export const scriptsUpdate = defineEndpoint({
  id: 'scripts.update',
  section: "Scripts",
  title: "Update Script",
  summary: "Renames a stored script and/or replaces its source and returns the updated script.",
  method: 'PATCH',
  path: '/node/api/scripts/:id',
  permissions: "manage-scripts",
  provenance: 'documented',
  bodyKind: 'json',
  responseKind: 'json',
  schemas: () => ({
    path: z.object({ id: pathParam() }),
    body: z.optional(z.looseObject({
      name: maybe(z.string()),
      text: maybe(z.string()),
    })),
    response: scriptSchema(),
  }),
});
