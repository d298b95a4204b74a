import * as z from 'zod/mini';
import { operationSchema } from '../models/operation.ts';
import { defineEndpoint } from '../registry/define.ts';
import { int, maybe, pathParam } from '../schema/conventions.ts';

export const operationsCreateForClass = defineEndpoint({
  id: 'operations.createForClass',
  section: "Operations",
  title: "Create Class Operation",
  summary: "Adds a new operation (MQTT message or script) to a class so its objects inherit it.",
  method: 'POST',
  path: '/node/api/classes/:id/operations',
  permissions: "manage-classes & manage-operations",
  provenance: 'documented',
  bodyKind: 'json',
  responseKind: 'json',
  schemas: () => ({
    path: z.object({ id: pathParam() }),
    body: z.optional(z.looseObject({
      name: maybe(z.string()),
      description: maybe(z.string()),
      type: maybe(int()),
      popupResult: maybe(z.boolean()),
      parameters: maybe(z.looseObject({
        topic: maybe(z.string()),
        message: maybe(z.string()),
        type: maybe(z.string()),
        path: maybe(z.string()),
        args: maybe(z.array(z.string())),
        ref: maybe(z.string()),
        text: maybe(z.string()),
      })),
    })),
    response: operationSchema(),
  }),
});

export const operationsCreateForLink = defineEndpoint({
  id: 'operations.createForLink',
  section: "Operations",
  title: "Create Link Operation",
  summary: "Adds a new operation (MQTT message or script) to a link and returns it with its ID.",
  method: 'POST',
  path: '/node/api/links/:id/operations',
  permissions: "linkPermissions & manage-links & manage-operations",
  provenance: 'documented',
  bodyKind: 'json',
  responseKind: 'json',
  schemas: () => ({
    path: z.object({ id: pathParam() }),
    body: z.optional(z.looseObject({
      name: maybe(z.string()),
      description: maybe(z.string()),
      type: maybe(int()),
      popupResult: maybe(z.boolean()),
      parameters: maybe(z.looseObject({
        topic: maybe(z.string()),
        message: maybe(z.string()),
        type: maybe(z.string()),
        path: maybe(z.string()),
        args: maybe(z.array(z.string())),
        ref: maybe(z.string()),
        text: maybe(z.string()),
      })),
    })),
    response: operationSchema(),
  }),
});

export const operationsCreateForObject = defineEndpoint({
  id: 'operations.createForObject',
  section: "Operations",
  title: "Create Object Operation",
  summary: "Adds a new operation (MQTT message or script) to an object.",
  method: 'POST',
  path: '/node/api/objects/:id/operations',
  permissions: "objectPermissions & manage-objects & manage-operations",
  provenance: 'documented',
  bodyKind: 'json',
  responseKind: 'json',
  schemas: () => ({
    path: z.object({ id: pathParam() }),
    body: z.optional(z.looseObject({
      name: maybe(z.string()),
      description: maybe(z.string()),
      type: maybe(int()),
      popupResult: maybe(z.boolean()),
      parameters: maybe(z.looseObject({
        topic: maybe(z.string()),
        message: maybe(z.string()),
        type: maybe(z.string()),
        path: maybe(z.string()),
        args: maybe(z.array(z.string())),
        ref: maybe(z.string()),
        text: maybe(z.string()),
      })),
    })),
    response: operationSchema(),
  }),
});

export const operationsDeleteForClass = defineEndpoint({
  id: 'operations.deleteForClass',
  section: "Operations",
  title: "Delete Class Operation",
  summary: "Removes an operation from a class (details not retrievable).",
  method: 'DELETE',
  path: '/node/api/classes/:class_id/operations/:op_id',
  permissions: "",
  provenance: 'inferred',
  bodyKind: 'none',
  responseKind: 'json',
  schemas: () => ({
    path: z.object({ class_id: pathParam(), op_id: pathParam() }),
    response: z.unknown(),
  }),
});

export const operationsDeleteForLink = defineEndpoint({
  id: 'operations.deleteForLink',
  section: "Operations",
  title: "Delete Link Operation",
  summary: "Removes an operation from a link (details not retrievable).",
  method: 'DELETE',
  path: '/node/api/links/:link_id/operations/:op_id',
  permissions: "",
  provenance: 'inferred',
  bodyKind: 'none',
  responseKind: 'json',
  schemas: () => ({
    path: z.object({ link_id: pathParam(), op_id: pathParam() }),
    response: z.unknown(),
  }),
});

export const operationsDeleteForObject = defineEndpoint({
  id: 'operations.deleteForObject',
  section: "Operations",
  title: "Delete Object Operation",
  summary: "Removes an operation from a object (details not retrievable).",
  method: 'DELETE',
  path: '/node/api/objects/:object_id/operations/:op_id',
  permissions: "",
  provenance: 'inferred',
  bodyKind: 'none',
  responseKind: 'json',
  schemas: () => ({
    path: z.object({ object_id: pathParam(), op_id: pathParam() }),
    response: z.unknown(),
  }),
});

export const operationsExecuteForEntity = defineEndpoint({
  id: 'operations.executeForEntity',
  section: "Operations",
  title: "Execute Entity Operation",
  summary: "Runs an operation on an object or link addressed by a generic entity ID and returns the job ID.",
  method: 'POST',
  path: '/node/api/entities/:entity_id/operations/:op_id/execute',
  permissions: "entityPermissions & execute-operations",
  provenance: 'documented',
  bodyKind: 'json',
  responseKind: 'text',
  schemas: () => ({
    path: z.object({ entity_id: pathParam(), op_id: pathParam() }),
    body: z.optional(z.looseObject({})),
    response: z.string(),
  }),
});

export const operationsExecuteForLink = defineEndpoint({
  id: 'operations.executeForLink',
  section: "Operations",
  title: "Execute Link Operation",
  summary: "Runs a link's operation and returns the ID of the resulting job.",
  method: 'POST',
  path: '/node/api/links/:link_id/operations/:op_id/execute',
  permissions: "linkPermissions & execute-operations",
  provenance: 'documented',
  bodyKind: 'json',
  responseKind: 'text',
  schemas: () => ({
    path: z.object({ link_id: pathParam(), op_id: pathParam() }),
    body: z.optional(z.looseObject({})),
    response: z.string(),
  }),
});

export const operationsExecuteForObject = defineEndpoint({
  id: 'operations.executeForObject',
  section: "Operations",
  title: "Execute Object Operation",
  summary: "Runs an object's operation and returns the ID of the resulting job.",
  method: 'POST',
  path: '/node/api/objects/:obj_id/operations/:op_id/execute',
  permissions: "objectPermissions & execute-operations",
  provenance: 'documented',
  bodyKind: 'json',
  responseKind: 'text',
  schemas: () => ({
    path: z.object({ obj_id: pathParam(), op_id: pathParam() }),
    body: z.optional(z.looseObject({})),
    response: z.string(),
  }),
});

export const operationsUpdateForClass = defineEndpoint({
  id: 'operations.updateForClass',
  section: "Operations",
  title: "Update Class Operation",
  summary: "Changes name, description, popup flag or type-specific parameters of a class operation.",
  method: 'PATCH',
  path: '/node/api/classes/:class_id/operations/:op_id',
  permissions: "manage-classes & manage-operations",
  provenance: 'documented',
  bodyKind: 'json',
  responseKind: 'json',
  schemas: () => ({
    path: z.object({ class_id: pathParam(), op_id: pathParam() }),
    body: z.optional(z.looseObject({
      name: maybe(z.string()),
      description: maybe(z.string()),
      popupResult: maybe(z.boolean()),
      parameters: maybe(z.looseObject({
        message: maybe(z.string()),
        topic: maybe(z.string()),
        path: maybe(z.string()),
        args: maybe(z.array(z.string())),
        ref: maybe(z.string()),
        text: maybe(z.string()),
      })),
    })),
    response: z.unknown(),
  }),
});

export const operationsUpdateForLink = defineEndpoint({
  id: 'operations.updateForLink',
  section: "Operations",
  title: "Update Link Operation",
  summary: "Changes name, description, popup flag or type-specific parameters of a link's operation.",
  method: 'PATCH',
  path: '/node/api/links/:link_id/operations/:op_id',
  permissions: "linkPermissions & manage-links & manage-operations",
  provenance: 'documented',
  bodyKind: 'json',
  responseKind: 'json',
  schemas: () => ({
    path: z.object({ link_id: pathParam(), op_id: pathParam() }),
    body: z.optional(z.looseObject({
      name: maybe(z.string()),
      description: maybe(z.string()),
      popupResult: maybe(z.boolean()),
      parameters: maybe(z.looseObject({
        message: maybe(z.string()),
        topic: maybe(z.string()),
        path: maybe(z.string()),
        args: maybe(z.array(z.string())),
        ref: maybe(z.string()),
        text: maybe(z.string()),
      })),
    })),
    response: z.unknown(),
  }),
});

export const operationsUpdateForObject = defineEndpoint({
  id: 'operations.updateForObject',
  section: "Operations",
  title: "Update Object Operation",
  summary: "Changes name, description, popup flag or type-specific parameters of an object's operation.",
  method: 'PATCH',
  path: '/node/api/objects/:object_id/operations/:op_id',
  permissions: "objectPermissions & manage-objects & manage-operations",
  provenance: 'documented',
  bodyKind: 'json',
  responseKind: 'json',
  schemas: () => ({
    path: z.object({ object_id: pathParam(), op_id: pathParam() }),
    body: z.optional(z.looseObject({
      name: maybe(z.string()),
      description: maybe(z.string()),
      popupResult: maybe(z.boolean()),
      parameters: maybe(z.looseObject({
        message: maybe(z.string()),
        topic: maybe(z.string()),
        path: maybe(z.string()),
        args: maybe(z.array(z.string())),
        ref: maybe(z.string()),
        text: maybe(z.string()),
      })),
    })),
    response: z.unknown(),
  }),
});
