import * as z from 'zod/mini';
import { incidentSchema } from '../models/incident.ts';
import { defineEndpoint } from '../registry/define.ts';
import { anyObject, flag, id, int, jsonParam, maybe, pathParam } from '../schema/conventions.ts';

export const incidentLevelsList = defineEndpoint({
  id: 'incidentLevels.list',
  section: "Incidents",
  title: "Get Incident Levels",
  summary: "Lists incident severity levels.",
  method: 'GET',
  path: '/node/api/incident-levels',
  permissions: "",
  provenance: 'real-client',
  bodyKind: 'none',
  responseKind: 'json',
  schemas: () => ({
    response: z.array(z.looseObject({
      id: maybe(z.unknown()),
      name: maybe(z.string()),
    })),
  }),
});

export const incidentsAcknowledge = defineEndpoint({
  id: 'incidents.acknowledge',
  section: "Incidents",
  title: "Acknowledge Incident",
  summary: "Marks an incident as acknowledged by the calling user.",
  method: 'POST',
  path: '/node/api/incidents/:id/acknowledge',
  permissions: "",
  provenance: 'documented',
  bodyKind: 'none',
  responseKind: 'empty',
  schemas: () => ({
    path: z.object({ id: pathParam() }),
  }),
});

export const incidentsClear = defineEndpoint({
  id: 'incidents.clear',
  section: "Incidents",
  title: "Clear Incident",
  summary: "Marks an incident as cleared so the server later moves it to incident history.",
  method: 'POST',
  path: '/node/api/incidents/:id/clear',
  permissions: "",
  provenance: 'documented',
  bodyKind: 'none',
  responseKind: 'empty',
  schemas: () => ({
    path: z.object({ id: pathParam() }),
  }),
});

export const incidentsClearAll = defineEndpoint({
  id: 'incidents.clearAll',
  section: "Incidents",
  title: "Clear all incidents",
  summary: "Clears every incident, or only those matching an optional filter, sending them toward incident history.",
  method: 'POST',
  path: '/node/api/incidents/clear',
  permissions: "",
  provenance: 'documented',
  bodyKind: 'json',
  responseKind: 'empty',
  schemas: () => ({
    body: z.optional(z.looseObject({
      search: maybe(z.looseObject({
        filter: maybe(z.unknown()),
      })),
    })),
  }),
});

export const incidentsClearRemove = defineEndpoint({
  id: 'incidents.clearRemove',
  section: "Incidents",
  title: "Clear and Remove Incident",
  summary: "Clears an incident and flags it for removal without keeping it in incident history.",
  method: 'POST',
  path: '/node/api/incidents/:id/clear-remove',
  permissions: "",
  provenance: 'documented',
  bodyKind: 'none',
  responseKind: 'empty',
  schemas: () => ({
    path: z.object({ id: pathParam() }),
  }),
});

export const incidentsClearRemoveAll = defineEndpoint({
  id: 'incidents.clearRemoveAll',
  section: "Incidents",
  title: "Clear and remove all incidents",
  summary: "Clears all (or filtered) incidents and flags them for removal instead of moving them to history.",
  method: 'POST',
  path: '/node/api/incidents/clear-remove',
  permissions: "",
  provenance: 'inferred',
  bodyKind: 'json',
  responseKind: 'empty',
  schemas: () => ({
    body: z.optional(z.looseObject({
      search: maybe(z.looseObject({
        filter: maybe(z.unknown()),
      })),
    })),
  }),
});

export const incidentsComment = defineEndpoint({
  id: 'incidents.comment',
  section: "Incidents",
  title: "Comment Incident",
  summary: "Adds a comment to an active incident.",
  method: 'POST',
  path: '/node/api/incidents/:id/comment',
  permissions: "",
  provenance: 'real-client',
  bodyKind: 'json',
  responseKind: 'json',
  schemas: () => ({
    path: z.object({ id: pathParam() }),
    body: z.optional(z.looseObject({})),
    response: z.unknown(),
  }),
});

export const incidentsCreate = defineEndpoint({
  id: 'incidents.create',
  section: "Incidents",
  title: "Create Incident",
  summary: "Creates an incident from the JSON body and returns it.",
  method: 'POST',
  path: '/node/api/incidents',
  permissions: "",
  provenance: 'documented',
  bodyKind: 'json',
  responseKind: 'json',
  schemas: () => ({
    body: z.optional(z.looseObject({
      acknowledgedBy: maybe(z.string()),
      acknowledgementTimestamp: maybe(int()),
      branchId: maybe(id()),
      clearTimestamp: maybe(int()),
      comment: maybe(z.string()),
      commentedBy: maybe(z.string()),
      commentTimestamp: maybe(int()),
      commentsCount: maybe(int()),
      count: maybe(int()),
      data: maybe(z.string()),
      entityId: maybe(id()),
      entityType: maybe(id()),
      id: maybe(id()),
      lastState: maybe(id()),
      localTimestamp: maybe(int()),
      owner: maybe(z.unknown()),
      parentChainId: maybe(id()),
      properties: maybe(z.array(z.unknown())),
      reason: maybe(z.looseObject({
        code: maybe(int()),
        data: maybe(anyObject()),
        rootCause: maybe(z.string()),
        branch: maybe(anyObject()),
      })),
      state: maybe(id()),
      text: maybe(z.string()),
      timestamp: maybe(int()),
    })),
    response: incidentSchema(),
  }),
});

export const incidentsGet = defineEndpoint({
  id: 'incidents.get',
  section: "Incidents",
  title: "Get Incident by ID",
  summary: "Fetches a single incident by its id.",
  method: 'GET',
  path: '/node/api/incidents/:id',
  permissions: "",
  provenance: 'documented',
  bodyKind: 'none',
  responseKind: 'json',
  schemas: () => ({
    path: z.object({ id: pathParam() }),
    response: incidentSchema(),
  }),
});

export const incidentsHistory = defineEndpoint({
  id: 'incidents.history',
  section: "Incidents",
  title: "Get Incident History",
  summary: "Lists closed/past incidents page by page.",
  method: 'GET',
  path: '/node/api/incident-history',
  permissions: "",
  provenance: 'real-client',
  bodyKind: 'none',
  responseKind: 'json',
  schemas: () => ({
    query: z.optional(z.looseObject({
      inverse: z.optional(flag()),
      limit: z.optional(int()),
      skip: z.optional(int()),
      owner: z.optional(flag()),
    })),
    response: z.array(z.looseObject({
      id: maybe(id()),
      entityId: maybe(id()),
      state: maybe(id()),
      lastState: maybe(id()),
      localTimestamp: maybe(z.number()),
      timestamp: maybe(z.number()),
      clearTimestamp: maybe(z.number()),
      acknowledgedBy: maybe(z.string()),
      text: maybe(z.string()),
      owner: maybe(anyObject()),
    })),
  }),
});

export const incidentsList = defineEndpoint({
  id: 'incidents.list',
  section: "Incidents",
  title: "Get All Incidents",
  summary: "Lists the incidents the current user can see, with optional filtering, paging and sorting.",
  method: 'GET',
  path: '/node/api/incidents',
  permissions: "",
  provenance: 'documented',
  bodyKind: 'none',
  responseKind: 'json',
  schemas: () => ({
    query: z.optional(z.looseObject({
      filter: z.optional(jsonParam()),
      parentFilter: z.optional(z.string()),
      limit: z.optional(int()),
      owner: z.optional(flag()),
      skip: z.optional(int()),
      sortDirection: z.optional(z.string()),
      sortField: z.optional(z.string()),
      ownerFilter: z.optional(z.string()),
    })),
    response: z.array(incidentSchema()),
  }),
});

export const incidentsUnacknowledge = defineEndpoint({
  id: 'incidents.unacknowledge',
  section: "Incidents",
  title: "Unacknowledge Incident",
  summary: "Reverts the acknowledgement of an incident.",
  method: 'POST',
  path: '/node/api/incidents/:id/unacknowledge',
  permissions: "",
  provenance: 'documented',
  bodyKind: 'none',
  responseKind: 'empty',
  schemas: () => ({
    path: z.object({ id: pathParam() }),
  }),
});

export const incidentsUndoClear = defineEndpoint({
  id: 'incidents.undoClear',
  section: "Incidents",
  title: "Undo Clear Incident",
  summary: "Reverts a pending clear so the incident returns to its previous state.",
  method: 'POST',
  path: '/node/api/incidents/:id/undo-clear',
  permissions: "",
  provenance: 'documented',
  bodyKind: 'none',
  responseKind: 'empty',
  schemas: () => ({
    path: z.object({ id: pathParam() }),
  }),
});

export const incidentsUndoRemove = defineEndpoint({
  id: 'incidents.undoRemove',
  section: "Incidents",
  title: "Undo Remove Incident",
  summary: "Reverts the remove flag of an incident before it leaves the active list.",
  method: 'POST',
  path: '/node/api/incidents/:id/undo-remove',
  permissions: "",
  provenance: 'documented',
  bodyKind: 'none',
  responseKind: 'empty',
  schemas: () => ({
    path: z.object({ id: pathParam() }),
  }),
});
