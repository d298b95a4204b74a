import * as z from 'zod/mini';
import { flowSchema } from '../models/flow.ts';
import { defineEndpoint } from '../registry/define.ts';
import { id, maybe, pathParam } from '../schema/conventions.ts';

export const flowsCreate = defineEndpoint({
  id: 'flows.create',
  section: "Flows",
  title: "Create Flow",
  summary: "Creates a flow (a drawn path through objects) under a parent object and returns it.",
  method: 'POST',
  path: '/node/api/flows',
  permissions: "create-flows | manage-flows",
  provenance: 'documented',
  bodyKind: 'json',
  responseKind: 'json',
  schemas: () => ({
    body: z.optional(z.looseObject({
      owner_id: maybe(id()),
      item_ids: maybe(z.unknown()),
    })),
    response: flowSchema(),
  }),
});

export const flowsDelete = defineEndpoint({
  id: 'flows.delete',
  section: "Flows",
  title: "Delete Flow",
  summary: "Removes a flow by its ID.",
  method: 'DELETE',
  path: '/node/api/flows/:id',
  permissions: "delete-flows | manage-flows",
  provenance: 'documented',
  bodyKind: 'none',
  responseKind: 'empty',
  schemas: () => ({
    path: z.object({ id: pathParam() }),
  }),
});

export const flowsGet = defineEndpoint({
  id: 'flows.get',
  section: "Flows",
  title: "Get Flow by ID",
  summary: "Not found in the stored documentation; method and path follow the pattern of its documented siblings.",
  method: 'GET',
  path: '/node/api/flows/:id',
  permissions: "",
  provenance: 'inferred',
  bodyKind: 'none',
  responseKind: 'json',
  schemas: () => ({
    path: z.object({ id: pathParam() }),
    response: flowSchema(),
  }),
});

export const flowsList = defineEndpoint({
  id: 'flows.list',
  section: "Flows",
  title: "Get All Flows",
  summary: "Not found in the stored documentation; method and path follow the pattern of its documented siblings.",
  method: 'GET',
  path: '/node/api/flows',
  permissions: "",
  provenance: 'inferred',
  bodyKind: 'none',
  responseKind: 'json',
  schemas: () => ({
    response: z.array(flowSchema()),
  }),
});

export const flowsUpdate = defineEndpoint({
  id: 'flows.update',
  section: "Flows",
  title: "Update Flow",
  summary: "Changes fields of an existing flow, e.g. its display settings in client_data.",
  method: 'PATCH',
  path: '/node/api/flows/:id',
  permissions: "modify-flows | manage-flows",
  provenance: 'documented',
  bodyKind: 'json',
  responseKind: 'empty',
  schemas: () => ({
    path: z.object({ id: pathParam() }),
    body: z.optional(z.looseObject({})),
  }),
});
