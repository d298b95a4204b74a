import * as z from 'zod/mini';
import { classSchema } from '../models/class.ts';
import { incidentConditionSchema } from '../models/incident-condition.ts';
import { defineEndpoint } from '../registry/define.ts';
import { anyObject, id, idOut, listOf, maybe, opt, pathParam } from '../schema/conventions.ts';

/** The writable fields of a class (any field but id). */
const classFields = () => ({
  description: maybe(z.string()),
  /** UI settings as a JSON document serialised into a string. */
  client_data: maybe(z.string()),
  category_id: maybe(id()),
  operations: maybe(z.array(anyObject())),
  properties: maybe(z.array(anyObject())),
});

/** One state or incident condition as sent in the replace calls. */
const conditionBody = () =>
  z.looseObject({
    condition: maybe(anyObject()),
    /** State (or incident level) applied when the condition holds. */
    state: maybe(id()),
    clearCondition: maybe(anyObject()),
    text: maybe(z.string()),
  });

export const classesCreate = defineEndpoint({
  id: 'classes.create',
  section: 'Classes',
  title: 'Create Class',
  summary: 'Creates a class from a name and optional class fields and returns it.',
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
  summary: 'Deletes a class (inferred from the documented read and update calls).',
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
  summary: 'Returns one class by id (id, name, description, category_id and operations).',
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
  summary: 'Returns the incident conditions of a class (inferred from the documented replace call).',
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
  summary: 'Returns all classes; fields other than id, name, operations and client_data appear only once set.',
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
  summary: 'Replaces all incident conditions of a class and returns them; 409 when conditional incidents are disabled.',
  method: 'PUT',
  path: '/node/api/classes/:id/incident-conditions',
  permissions: 'modify-classes | manage-classes',
  provenance: 'documented',
  bodyKind: 'json',
  responseKind: 'json',
  schemas: () => ({
    path: z.object({ id: pathParam() }),
    body: z.array(conditionBody()),
    // The docs name the Incident Condition model without saying whether a list comes back.
    response: z.union([z.array(incidentConditionSchema()), incidentConditionSchema()]),
  }),
});

export const classesSetStateConditions = defineEndpoint({
  id: 'classes.setStateConditions',
  section: 'Classes',
  title: 'Set Class\u2019s State Conditions',
  summary: 'Replaces all state conditions of a class; answers with no body.',
  method: 'PUT',
  path: '/node/api/classes/:id/state-conditions',
  permissions: 'modify-classes | manage-classes',
  provenance: 'documented',
  bodyKind: 'json',
  responseKind: 'empty',
  schemas: () => ({
    path: z.object({ id: pathParam() }),
    body: z.array(conditionBody()),
  }),
});

export const classesStateConditions = defineEndpoint({
  id: 'classes.stateConditions',
  section: 'Classes',
  title: "Get Class's State Conditions",
  summary: 'Returns the state conditions of a class (inferred from the documented replace call).',
  method: 'GET',
  path: '/node/api/classes/:id/state-conditions',
  permissions: '',
  provenance: 'inferred',
  bodyKind: 'none',
  responseKind: 'json',
  schemas: () => ({
    path: z.object({ id: pathParam() }),
    response: z.array(
      z.looseObject({
        condition: opt(anyObject()),
        state: opt(idOut()),
      }),
    ),
  }),
});

export const classesUpdate = defineEndpoint({
  id: 'classes.update',
  section: 'Classes',
  title: 'Update Class',
  summary: 'Changes the given fields of a class (all but id) and returns the updated class.',
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
