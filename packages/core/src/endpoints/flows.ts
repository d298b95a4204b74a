import * as z from 'zod/mini';
import { defineEndpoint } from '../contract/define.ts';
import { flowSchema } from '../models/flow.ts';
import { anyObject, id, pathParam } from '../schema/conventions.ts';

/** Writable flow fields. */
const flowFields = () => ({
  owner_id: z.optional(id()),
  // the create example sends item_ids; the Flow model page spells it items_ids
  item_ids: z.optional(z.array(z.string())),
  items_ids: z.optional(z.array(z.string())),
  // typed as a JSON-encoded string in the model, sent as an object in the update example
  client_data: z.optional(z.union([z.string(), anyObject()])),
  properties: z.optional(z.array(z.unknown())),
});

export const flowsCreate = defineEndpoint({
  id: 'flows.create',
  section: 'Flows',
  title: 'Create Flow',
  method: 'POST',
  path: '/node/api/flows',
  permissions: 'create-flows | manage-flows',
  provenance: 'documented',
  bodyKind: 'json',
  responseKind: 'json',
  schemas: () => ({
    body: z.optional(z.looseObject(flowFields())),
    response: flowSchema(),
  }),
});

export const flowsDelete = defineEndpoint({
  id: 'flows.delete',
  section: 'Flows',
  title: 'Delete Flow',
  method: 'DELETE',
  path: '/node/api/flows/:id',
  permissions: 'delete-flows | manage-flows',
  provenance: 'documented',
  bodyKind: 'none',
  responseKind: 'empty',
  schemas: () => ({
    path: z.object({ id: pathParam() }),
  }),
});

export const flowsGet = defineEndpoint({
  id: 'flows.get',
  section: 'Flows',
  title: 'Get Flow by ID',
  method: 'GET',
  path: '/node/api/flows/:id',
  permissions: '',
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
  section: 'Flows',
  title: 'Get All Flows',
  method: 'GET',
  path: '/node/api/flows',
  permissions: '',
  provenance: 'inferred',
  bodyKind: 'none',
  responseKind: 'json',
  schemas: () => ({
    response: z.array(flowSchema()),
  }),
});

export const flowsUpdate = defineEndpoint({
  id: 'flows.update',
  section: 'Flows',
  title: 'Update Flow',
  method: 'PATCH',
  path: '/node/api/flows/:id',
  permissions: 'modify-flows | manage-flows',
  provenance: 'documented',
  bodyKind: 'json',
  // one old page says the flow is returned; every Response section says the body is empty
  responseKind: 'empty',
  schemas: () => ({
    path: z.object({ id: pathParam() }),
    body: z.optional(z.looseObject(flowFields())),
  }),
});
