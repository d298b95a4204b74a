import * as z from 'zod/mini';
import { defineEndpoint } from '../contract/define.ts';
import { presetSchema } from '../models/preset.ts';
import { anyObject, pathParam } from '../schema/conventions.ts';

/** Writable preset fields; the shape of `data` depends on `key`. */
const presetFields = () => ({
  name: z.optional(z.string()),
  key: z.optional(z.string()),
  data: z.optional(anyObject()),
});

export const presetsCreate = defineEndpoint({
  id: 'presets.create',
  section: 'Presets',
  title: 'Create Preset',
  method: 'POST',
  path: '/node/api/presets',
  permissions: 'manage-configuration',
  permissionsSource: 'sibling',
  provenance: 'documented',
  bodyKind: 'json',
  responseKind: 'json',
  schemas: () => ({
    body: z.optional(z.looseObject(presetFields())),
    response: presetSchema(),
  }),
});

export const presetsDelete = defineEndpoint({
  id: 'presets.delete',
  section: 'Presets',
  title: 'Delete Preset',
  method: 'DELETE',
  path: '/node/api/presets/:id',
  permissions: 'manage-configuration',
  permissionsSource: 'sibling',
  provenance: 'inferred',
  bodyKind: 'none',
  // assumed: every documented DELETE answers with an empty body
  responseKind: 'empty',
  schemas: () => ({
    path: z.object({ id: pathParam() }),
  }),
});

export const presetsGet = defineEndpoint({
  id: 'presets.get',
  section: 'Presets',
  title: 'Get Preset by ID',
  method: 'GET',
  path: '/node/api/presets/:id',
  permissions: '',
  provenance: 'inferred',
  bodyKind: 'none',
  responseKind: 'json',
  schemas: () => ({
    path: z.object({ id: pathParam() }),
    response: presetSchema(),
  }),
});

export const presetsList = defineEndpoint({
  id: 'presets.list',
  section: 'Presets',
  title: 'Get All Presets',
  method: 'GET',
  path: '/node/api/presets',
  permissions: '',
  provenance: 'inferred',
  bodyKind: 'none',
  responseKind: 'json',
  schemas: () => ({
    response: z.array(presetSchema()),
  }),
});

export const presetsUpdate = defineEndpoint({
  id: 'presets.update',
  section: 'Presets',
  title: 'Update Preset',
  method: 'PUT',
  path: '/node/api/presets/:id',
  permissions: 'manage-configuration',
  permissionsSource: 'sibling',
  provenance: 'documented',
  bodyKind: 'json',
  responseKind: 'json',
  schemas: () => ({
    path: z.object({ id: pathParam() }),
    // a PUT, yet the docs' example sends only name and key
    body: z.optional(z.looseObject(presetFields())),
    response: presetSchema(),
  }),
});
