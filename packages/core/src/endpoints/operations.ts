import * as z from 'zod/mini';
import { defineEndpoint } from '../contract/define.ts';
import { operationSchema } from '../models/operation.ts';
import { anyObject, int, pathParam } from '../schema/conventions.ts';

/**
 * Type-specific settings: `topic` and `message` for MQTT operations; for scripts a subtype
 * `type` (`fileSystem` with `path`/`args`, `scriptReference` with `ref`, `scriptText` with `text`).
 */
const operationParameters = () =>
  z.looseObject({
    topic: z.optional(z.string()),
    message: z.optional(z.string()),
    type: z.optional(z.string()),
    path: z.optional(z.string()),
    args: z.optional(z.array(z.string())),
    ref: z.optional(z.string()),
    text: z.optional(z.string()),
  });

/** A new operation. `type` is 1 (MQTT message) or 2 (program/script); the model types it String. */
const newOperation = () =>
  z.looseObject({
    name: z.string(),
    description: z.optional(z.string()),
    type: int(),
    popupResult: z.optional(z.boolean()),
    /** Run the operation when a ReadWrite property of its entity changes. */
    runOnReadWritePropertyModification: z.optional(z.boolean()),
    parameters: z.optional(operationParameters()),
  });

/** An operation change. The type and script subtype of an operation cannot be changed. */
const operationChange = () =>
  z.looseObject({
    name: z.optional(z.string()),
    description: z.optional(z.string()),
    popupResult: z.optional(z.boolean()),
    /** Run the operation when a ReadWrite property of its entity changes. */
    runOnReadWritePropertyModification: z.optional(z.boolean()),
    parameters: z.optional(operationParameters()),
  });

/** Input arguments of a run, read by the script as `{{args.<name>}}`; older docs send no body. */
const runArguments = () => z.optional(anyObject());

export const operationsCreateForClass = defineEndpoint({
  id: 'operations.createForClass',
  section: 'Operations',
  title: 'Create Class Operation',
  method: 'POST',
  path: '/node/api/classes/:id/operations',
  permissions: 'manage-classes & manage-operations',
  provenance: 'documented',
  bodyKind: 'json',
  responseKind: 'json',
  schemas: () => ({
    path: z.object({ id: pathParam() }),
    body: newOperation(),
    response: operationSchema(),
  }),
});

export const operationsCreateForLink = defineEndpoint({
  id: 'operations.createForLink',
  section: 'Operations',
  title: 'Create Link Operation',
  method: 'POST',
  path: '/node/api/links/:id/operations',
  permissions: 'linkPermissions & manage-links & manage-operations',
  provenance: 'documented',
  bodyKind: 'json',
  responseKind: 'json',
  schemas: () => ({
    path: z.object({ id: pathParam() }),
    body: newOperation(),
    response: operationSchema(),
  }),
});

export const operationsCreateForObject = defineEndpoint({
  id: 'operations.createForObject',
  section: 'Operations',
  title: 'Create Object Operation',
  method: 'POST',
  path: '/node/api/objects/:id/operations',
  permissions: 'objectPermissions & manage-objects & manage-operations',
  provenance: 'documented',
  bodyKind: 'json',
  responseKind: 'json',
  schemas: () => ({
    path: z.object({ id: pathParam() }),
    body: newOperation(),
    // Not shown on this page; the link and class variants answer with the created operation.
    response: operationSchema(),
  }),
});

export const operationsDeleteForClass = defineEndpoint({
  id: 'operations.deleteForClass',
  section: 'Operations',
  title: 'Delete Class Operation',
  method: 'DELETE',
  path: '/node/api/classes/:class_id/operations/:op_id',
  permissions: 'manage-classes & manage-operations',
  permissionsSource: 'sibling',
  provenance: 'inferred',
  bodyKind: 'none',
  responseKind: 'empty',
  schemas: () => ({
    path: z.object({ id: pathParam(), opId: pathParam() }),
  }),
});

export const operationsDeleteForLink = defineEndpoint({
  id: 'operations.deleteForLink',
  section: 'Operations',
  title: 'Delete Link Operation',
  method: 'DELETE',
  path: '/node/api/links/:link_id/operations/:op_id',
  permissions: 'linkPermissions & manage-links & manage-operations',
  permissionsSource: 'sibling',
  provenance: 'inferred',
  bodyKind: 'none',
  responseKind: 'empty',
  schemas: () => ({
    path: z.object({ id: pathParam(), opId: pathParam() }),
  }),
});

export const operationsDeleteForObject = defineEndpoint({
  id: 'operations.deleteForObject',
  section: 'Operations',
  title: 'Delete Object Operation',
  method: 'DELETE',
  path: '/node/api/objects/:object_id/operations/:op_id',
  permissions: 'objectPermissions & manage-objects & manage-operations',
  permissionsSource: 'sibling',
  provenance: 'inferred',
  bodyKind: 'none',
  responseKind: 'empty',
  schemas: () => ({
    path: z.object({ id: pathParam(), opId: pathParam() }),
  }),
});

export const operationsExecuteForEntity = defineEndpoint({
  id: 'operations.executeForEntity',
  section: 'Operations',
  title: 'Execute Entity Operation',
  method: 'POST',
  path: '/node/api/entities/:entity_id/operations/:op_id/execute',
  permissions: 'entityPermissions & execute-operations',
  provenance: 'documented',
  bodyKind: 'json',
  responseKind: 'text',
  schemas: () => ({
    path: z.object({ id: pathParam(), opId: pathParam() }),
    body: runArguments(),
    response: z.string(),
  }),
});

export const operationsExecuteForLink = defineEndpoint({
  id: 'operations.executeForLink',
  section: 'Operations',
  title: 'Execute Link Operation',
  method: 'POST',
  path: '/node/api/links/:link_id/operations/:op_id/execute',
  permissions: 'linkPermissions & execute-operations',
  provenance: 'documented',
  bodyKind: 'json',
  responseKind: 'text',
  schemas: () => ({
    path: z.object({ id: pathParam(), opId: pathParam() }),
    body: runArguments(),
    response: z.string(),
  }),
});

export const operationsExecuteForObject = defineEndpoint({
  id: 'operations.executeForObject',
  section: 'Operations',
  title: 'Execute Object Operation',
  method: 'POST',
  path: '/node/api/objects/:obj_id/operations/:op_id/execute',
  permissions: 'objectPermissions & execute-operations',
  provenance: 'documented',
  bodyKind: 'json',
  responseKind: 'text',
  schemas: () => ({
    path: z.object({ id: pathParam(), opId: pathParam() }),
    body: runArguments(),
    response: z.string(),
  }),
});

export const operationsUpdateForClass = defineEndpoint({
  id: 'operations.updateForClass',
  section: 'Operations',
  title: 'Update Class Operation',
  method: 'PATCH',
  path: '/node/api/classes/:class_id/operations/:op_id',
  permissions: 'manage-classes & manage-operations',
  provenance: 'documented',
  bodyKind: 'json',
  responseKind: 'json',
  schemas: () => ({
    path: z.object({ id: pathParam(), opId: pathParam() }),
    body: operationChange(),
    // The answer is not in the stored docs; assumed to be the operation, as on create.
    response: operationSchema(),
  }),
});

export const operationsUpdateForLink = defineEndpoint({
  id: 'operations.updateForLink',
  section: 'Operations',
  title: 'Update Link Operation',
  method: 'PATCH',
  path: '/node/api/links/:link_id/operations/:op_id',
  permissions: 'linkPermissions & manage-links & manage-operations',
  provenance: 'documented',
  bodyKind: 'json',
  responseKind: 'json',
  schemas: () => ({
    path: z.object({ id: pathParam(), opId: pathParam() }),
    body: operationChange(),
    // The answer is not in the stored docs; assumed to be the operation, as on create.
    response: operationSchema(),
  }),
});

export const operationsUpdateForObject = defineEndpoint({
  id: 'operations.updateForObject',
  section: 'Operations',
  title: 'Update Object Operation',
  method: 'PATCH',
  path: '/node/api/objects/:object_id/operations/:op_id',
  permissions: 'objectPermissions & manage-objects & manage-operations',
  provenance: 'documented',
  bodyKind: 'json',
  responseKind: 'json',
  schemas: () => ({
    path: z.object({ id: pathParam(), opId: pathParam() }),
    body: operationChange(),
    // The answer is not in the stored docs; assumed to be the operation, as on create.
    response: operationSchema(),
  }),
});
