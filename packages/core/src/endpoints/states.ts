import * as z from 'zod/mini';
import { stateSchema } from '../models/state.ts';
import { defineEndpoint } from '../registry/define.ts';
import { maybe, pathParam } from '../schema/conventions.ts';

export const statesCreate = defineEndpoint({
  id: 'states.create',
  section: "States",
  title: "Create State",
  summary: "Creates a custom state with name, colours and priority.",
  method: 'POST',
  path: '/node/api/states',
  permissions: "manage-configuration",
  provenance: 'documented',
  bodyKind: 'json',
  responseKind: 'json',
  schemas: () => ({
    body: z.optional(z.looseObject({
      name: maybe(z.unknown()),
      ui: maybe(z.looseObject({
        colors: maybe(z.looseObject({
          main: maybe(z.unknown()),
          shadow: maybe(z.unknown()),
          light: maybe(z.unknown()),
          background: maybe(z.unknown()),
          svgBackground: maybe(z.unknown()),
        })),
      })),
      priority: maybe(z.unknown()),
    })),
    response: stateSchema(),
  }),
});

export const statesDelete = defineEndpoint({
  id: 'states.delete',
  section: "States",
  title: "Delete State",
  summary: "Not found in the stored documentation; method and path follow the pattern of its documented siblings.",
  method: 'DELETE',
  path: '/node/api/states/:id',
  permissions: "",
  provenance: 'inferred',
  bodyKind: 'none',
  responseKind: 'json',
  schemas: () => ({
    path: z.object({ id: pathParam() }),
    response: z.unknown(),
  }),
});

export const statesList = defineEndpoint({
  id: 'states.list',
  section: "States",
  title: "Get All States",
  summary: "Lists every state, both built-in and custom.",
  method: 'GET',
  path: '/node/api/states',
  permissions: "",
  provenance: 'documented',
  bodyKind: 'none',
  responseKind: 'json',
  schemas: () => ({
    response: z.array(stateSchema()),
  }),
});

export const statesUpdate = defineEndpoint({
  id: 'states.update',
  section: "States",
  title: "Update State",
  summary: "Not found in the stored documentation; method and path follow the pattern of its documented siblings.",
  method: 'PATCH',
  path: '/node/api/states/:id',
  permissions: "",
  provenance: 'inferred',
  bodyKind: 'json',
  responseKind: 'json',
  schemas: () => ({
    path: z.object({ id: pathParam() }),
    body: z.optional(z.looseObject({})),
    response: z.unknown(),
  }),
});
