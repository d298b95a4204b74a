import * as z from 'zod/mini';
import { defineEndpoint } from '../contract/define.ts';
import { classSchema } from '../models/class.ts';
import { incidentConditionInputSchema, incidentConditionSchema } from '../models/incident-condition.ts';
import { stateConditionInputSchema, stateConditionSchema } from '../models/state-condition.ts';
import { anyObject, id, listOf, maybe, pathParam } from '../schema/conventions.ts';

/** The writable fields of a class (any field but id). */
const classFields = () => ({
  description: maybe(z.string()),
  /** UI settings as a JSON document serialised into a string. */
  client_data: maybe(z.string()),
  category_id: maybe(id()),
  operations: maybe(z.array(anyObject())),
  properties: maybe(z.array(anyObject())),
});

export const classesCreate = defineEndpoint({
  id: 'classes.create',
  section: 'Classes',
  title: 'Create Class',
  method: 'POST',
  path: '/node/api/classes',
  permissions: 'modify-classes | manage-classes',
  provenance: 'documented',
  bodyKind: 'json',
  responseKind: 'json',
  schemas: () => ({
    body: z.looseObject({ name: z.string(), ...classFields() }),
    response: classSchema(),
  }),
});

export const classesDelete = defineEndpoint({
  id: 'classes.delete',
  section: 'Classes',
  title: 'Delete Class',
  method: 'DELETE',
  path: '/node/api/classes/:id',
  permissions: 'modify-classes | manage-classes',
  permissionsSource: 'sibling',
  provenance: 'inferred',
  bodyKind: 'none',
  responseKind: 'json',
  schemas: () => ({
    path: z.object({ id: pathParam() }),
    response: z.unknown(),
  }),
});

export const classesGet = defineEndpoint({
  id: 'classes.get',
  section: 'Classes',
  title: 'Get Class by ID',
  method: 'GET',
  path: '/node/api/classes/:id',
  permissions: '',
  provenance: 'documented',
  bodyKind: 'none',
  responseKind: 'json',
  schemas: () => ({
    path: z.object({ id: pathParam() }),
    response: classSchema(),
  }),
});

export const classesIncidentConditions = defineEndpoint({
  id: 'classes.incidentConditions',
  section: 'Classes',
  title: "Get Class's Incident Conditions",
  method: 'GET',
  path: '/node/api/classes/:id/incident-conditions',
  permissions: '',
  provenance: 'inferred',
  bodyKind: 'none',
  responseKind: 'json',
  schemas: () => ({
    path: z.object({ id: pathParam() }),
    response: z.array(incidentConditionSchema()),
  }),
});

export const classesList = defineEndpoint({
  id: 'classes.list',
  section: 'Classes',
  title: 'Get All Classes',
  method: 'GET',
  path: '/node/api/classes',
  permissions: '',
  provenance: 'documented',
  bodyKind: 'none',
  responseKind: 'json',
  schemas: () => ({
    // The docs print a single class as the example answer; servers send an array.
    // one doc example shows a single class instead of a list: always a list here
    response: listOf(classSchema()),
  }),
});

export const classesSetIncidentConditions = defineEndpoint({
  id: 'classes.setIncidentConditions',
  section: 'Classes',
  title: 'Set Class\u2019s Incident Conditions',
  method: 'PUT',
  path: '/node/api/classes/:id/incident-conditions',
  permissions: 'modify-classes | manage-classes',
  provenance: 'documented',
  bodyKind: 'json',
  responseKind: 'json',
  schemas: () => ({
    path: z.object({ id: pathParam() }),
    // the same rules as objects' and links' (the docs show the same fields, none marked optional)
    body: z.array(incidentConditionInputSchema()),
    // The docs name the Incident Condition model without saying whether a list comes back.
    response: z.union([z.array(incidentConditionSchema()), incidentConditionSchema()]),
  }),
});

export const classesSetStateConditions = defineEndpoint({
  id: 'classes.setStateConditions',
  section: 'Classes',
  title: 'Set Class\u2019s State Conditions',
  method: 'PUT',
  path: '/node/api/classes/:id/state-conditions',
  permissions: 'modify-classes | manage-classes',
  provenance: 'documented',
  bodyKind: 'json',
  responseKind: 'empty',
  schemas: () => ({
    path: z.object({ id: pathParam() }),
    body: z.array(stateConditionInputSchema()),
  }),
});

export const classesStateConditions = defineEndpoint({
  id: 'classes.stateConditions',
  section: 'Classes',
  title: "Get Class's State Conditions",
  method: 'GET',
  path: '/node/api/classes/:id/state-conditions',
  permissions: '',
  provenance: 'inferred',
  bodyKind: 'none',
  responseKind: 'json',
  schemas: () => ({
    path: z.object({ id: pathParam() }),
    // inferred: what objects.stateConditions answers
    response: z.array(stateConditionSchema()),
  }),
});

export const classesUpdate = defineEndpoint({
  id: 'classes.update',
  section: 'Classes',
  title: 'Update Class',
  method: 'PATCH',
  path: '/node/api/classes/:id',
  permissions: 'modify-classes | manage-classes',
  provenance: 'documented',
  bodyKind: 'json',
  responseKind: 'json',
  schemas: () => ({
    path: z.object({ id: pathParam() }),
    body: z.looseObject({ name: maybe(z.string()), ...classFields() }),
    response: classSchema(),
  }),
});
