import * as z from 'zod/mini';
import { presetSchema } from '../models/preset.ts';
import { defineEndpoint } from '../registry/define.ts';
import { anyObject, maybe, pathParam } from '../schema/conventions.ts';

export const presetsCreate = defineEndpoint({
  id: 'presets.create',
  section: "Presets",
  title: "Create Preset",
  summary: "Stores a new named preset (e.g. an incident-table layout) and returns it with its id.",
  method: 'POST',
  path: '/node/api/presets',
  permissions: "",
  provenance: 'documented',
  bodyKind: 'json',
  responseKind: 'json',
  schemas: () => ({
    body: z.optional(z.looseObject({
      name: maybe(z.string()),
      key: maybe(z.string()),
      data: maybe(anyObject()),
    })),
    response: presetSchema(),
  }),
});

export const presetsDelete = defineEndpoint({
  id: 'presets.delete',
  section: "Presets",
  title: "Delete Preset",
  summary: "Not found in the stored documentation; method and path follow the pattern of its documented siblings.",
  method: 'DELETE',
  path: '/node/api/presets/:id',
  permissions: "",
  provenance: 'inferred',
  bodyKind: 'none',
  responseKind: 'json',
  schemas: () => ({
    path: z.object({ id: pathParam() }),
    response: z.unknown(),
  }),
});

export const presetsGet = defineEndpoint({
  id: 'presets.get',
  section: "Presets",
  title: "Get Preset by ID",
  summary: "Not found in the stored documentation; method and path follow the pattern of its documented siblings.",
  method: 'GET',
  path: '/node/api/presets/:id',
  permissions: "",
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
  section: "Presets",
  title: "Get All Presets",
  summary: "Not found in the stored documentation; method and path follow the pattern of its documented siblings.",
  method: 'GET',
  path: '/node/api/presets',
  permissions: "",
  provenance: 'inferred',
  bodyKind: 'none',
  responseKind: 'json',
  schemas: () => ({
    response: z.array(presetSchema()),
  }),
});

export const presetsUpdate = defineEndpoint({
  id: 'presets.update',
  section: "Presets",
  title: "Update Preset",
  summary: "Changes a preset's name, key or data (PUT, though the example sends only some fields) and returns it.",
  method: 'PUT',
  path: '/node/api/presets/:id',
  permissions: "",
  provenance: 'documented',
  bodyKind: 'json',
  responseKind: 'json',
  schemas: () => ({
    path: z.object({ id: pathParam() }),
    body: z.optional(z.looseObject({
      name: maybe(z.string()),
      key: maybe(z.string()),
      data: maybe(anyObject()),
    })),
    response: presetSchema(),
  }),
});
