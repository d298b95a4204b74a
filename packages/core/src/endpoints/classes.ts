import * as z from 'zod/mini';
import { classSchema } from '../models/class.ts';
import { incidentConditionSchema } from '../models/incident-condition.ts';
import { defineEndpoint } from '../registry/define.ts';
import { id, maybe, pathParam } from '../schema/conventions.ts';

export const classesCreate = defineEndpoint({
  id: 'classes.create',
  section: "Classes",
  title: "Create Class",
  summary: "Creates a class (only name is mandatory; any Class model field may be given) and returns it.",
  method: 'POST',
  path: '/node/api/classes',
  permissions: "modify-classes | manage-classes",
  provenance: 'documented',
  bodyKind: 'json',
  responseKind: 'json',
  schemas: () => ({
    body: z.looseObject({
      name: z.string(),
      description: maybe(z.string()),
    }),
    response: classSchema(),
  }),
});

export const classesDelete = defineEndpoint({
  id: 'classes.delete',
  section: "Classes",
  title: "Delete Class",
  summary: "Not found in the stored documentation; method and path follow the pattern of its documented siblings.",
  method: 'DELETE',
  path: '/node/api/classes/:id',
  permissions: "",
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
  section: "Classes",
  title: "Get Class by ID",
  summary: "Fetches one class by id, returning only a subset of its fields (id, name, description, category_id, operations).",
  method: 'GET',
  path: '/node/api/classes/:id',
  permissions: "",
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
  section: "Classes",
  title: "Get Class's Incident Conditions",
  summary: "Not found in the stored documentation; method and path follow the pattern of its documented siblings.",
  method: 'GET',
  path: '/node/api/classes/:id/incident-conditions',
  permissions: "",
  provenance: 'inferred',
  bodyKind: 'none',
  responseKind: 'json',
  schemas: () => ({
    path: z.object({ id: pathParam() }),
    response: classSchema(),
  }),
});

export const classesList = defineEndpoint({
  id: 'classes.list',
  section: "Classes",
  title: "Get All Classes",
  summary: "Lists every class; only id, name, operations and client_data are guaranteed, other fields appear once they have been set.",
  method: 'GET',
  path: '/node/api/classes',
  permissions: "",
  provenance: 'documented',
  bodyKind: 'none',
  responseKind: 'json',
  schemas: () => ({
    response: z.array(classSchema()),
  }),
});

export const classesSetIncidentConditions = defineEndpoint({
  id: 'classes.setIncidentConditions',
  section: "Classes",
  title: "Set Class\u2019s Incident Conditions",
  summary: "Replaces the incident conditions of a class and returns them; answers 409 Conflict when conditional_incidents_enabled is false in the server configuration.",
  method: 'PUT',
  path: '/node/api/classes/:id/incident-conditions',
  permissions: "modify-classes | manage-classes",
  provenance: 'documented',
  bodyKind: 'json',
  responseKind: 'json',
  schemas: () => ({
    path: z.object({ id: pathParam() }),
    body: z.array(z.looseObject({
      condition: maybe(z.unknown()),
      state: maybe(id()),
    })),
    response: incidentConditionSchema(),
  }),
});

export const classesSetStateConditions = defineEndpoint({
  id: 'classes.setStateConditions',
  section: "Classes",
  title: "Set Class\u2019s State Conditions",
  summary: "Replaces the list of state conditions of a class; returns no body.",
  method: 'PUT',
  path: '/node/api/classes/:id/state-conditions',
  permissions: "modify-classes | manage-classes",
  provenance: 'documented',
  bodyKind: 'json',
  responseKind: 'empty',
  schemas: () => ({
    path: z.object({ id: pathParam() }),
    body: z.array(z.looseObject({
      condition: maybe(z.unknown()),
      state: maybe(id()),
    })),
  }),
});

export const classesStateConditions = defineEndpoint({
  id: 'classes.stateConditions',
  section: "Classes",
  title: "Get Class's State Conditions",
  summary: "Not found in the stored documentation; method and path follow the pattern of its documented siblings.",
  method: 'GET',
  path: '/node/api/classes/:id/state-conditions',
  permissions: "",
  provenance: 'inferred',
  bodyKind: 'none',
  responseKind: 'json',
  schemas: () => ({
    path: z.object({ id: pathParam() }),
    response: classSchema(),
  }),
});

export const classesUpdate = defineEndpoint({
  id: 'classes.update',
  section: "Classes",
  title: "Update Class",
  summary: "Partially modifies a class (any field except id) and returns the updated class.",
  method: 'PATCH',
  path: '/node/api/classes/:id',
  permissions: "modify-classes | manage-classes",
  provenance: 'documented',
  bodyKind: 'json',
  responseKind: 'json',
  schemas: () => ({
    path: z.object({ id: pathParam() }),
    body: z.optional(z.looseObject({
      name: maybe(z.unknown()),
      description: maybe(z.unknown()),
      client_data: maybe(z.unknown()),
      operations: maybe(z.unknown()),
      properties: maybe(z.unknown()),
      category_id: maybe(id()),
    })),
    response: classSchema(),
  }),
});
