import * as z from 'zod/mini';
import { defineEndpoint } from '../contract/define.ts';
import { incidentSchema } from '../models/incident.ts';
import { incidentLevelSchema } from '../models/incident-level.ts';
import { anyObject, flag, id, int, jsonParam, maybe, pathParam, timestamp } from '../schema/conventions.ts';

/*
 * Lifecycle calls (acknowledge, clear, undo, ...) answer with an empty body, which is ignored.
 * Their `response` schema describes the incident record as Get Incident by ID reads it back
 * afterwards: that is what the documentation prints on those pages.
 */

/** An incident filter (the "Incident Filters" format): nested arrays such as `["classId", "34"]`. */
const incidentFilter = () => z.union([z.array(z.unknown()), anyObject()]);

/** Body of the bulk clear calls: an optional filter limiting which incidents are affected. */
const bulkSearch = () =>
  z.optional(
    z.looseObject({
      search: maybe(z.looseObject({ filter: maybe(incidentFilter()) })),
    }),
  );

/** Paging, owner embedding, filtering and sorting shared by the incident lists. */
const listQuery = () => ({
  filter: z.optional(jsonParam()),
  limit: z.optional(int()),
  skip: z.optional(int()),
  owner: z.optional(flag()),
  sortField: z.optional(z.string()),
  sortDirection: z.optional(z.union([z.enum(['asc', 'desc']), z.string()])),
});

export const incidentLevelsList = defineEndpoint({
  id: 'incidentLevels.list',
  section: 'Incidents',
  title: 'Get Incident Levels',
  method: 'GET',
  path: '/node/api/incident-levels',
  permissions: '',
  provenance: 'real-client',
  bodyKind: 'none',
  responseKind: 'json',
  schemas: () => ({
    response: z.array(incidentLevelSchema()),
  }),
});

export const incidentsAcknowledge = defineEndpoint({
  id: 'incidents.acknowledge',
  section: 'Incidents',
  title: 'Acknowledge Incident',
  method: 'POST',
  path: '/node/api/incidents/:id/acknowledge',
  permissions: 'modify-objects | manage-objects',
  permissionsSource: 'sibling',
  provenance: 'documented',
  // acknowledging twice leaves it acknowledged
  idempotent: true,
  bodyKind: 'none',
  responseKind: 'empty',
  schemas: () => ({
    path: z.object({ id: pathParam() }),
    response: incidentSchema(),
  }),
});

export const incidentsClear = defineEndpoint({
  id: 'incidents.clear',
  section: 'Incidents',
  title: 'Clear Incident',
  method: 'POST',
  path: '/node/api/incidents/:id/clear',
  permissions: 'modify-objects | manage-objects',
  permissionsSource: 'sibling',
  provenance: 'documented',
  // sets a state
  idempotent: true,
  bodyKind: 'none',
  responseKind: 'empty',
  schemas: () => ({
    path: z.object({ id: pathParam() }),
    response: incidentSchema(),
  }),
});

export const incidentsClearAll = defineEndpoint({
  id: 'incidents.clearAll',
  section: 'Incidents',
  title: 'Clear all incidents',
  method: 'POST',
  path: '/node/api/incidents/clear',
  permissions: 'modify-objects | manage-objects',
  permissionsSource: 'sibling',
  provenance: 'documented',
  // clears every incident (or every one the filter matches) at once
  effect: 'destructive',
  idempotent: true,
  bodyKind: 'json',
  responseKind: 'empty',
  schemas: () => ({
    body: bulkSearch(),
    response: incidentSchema(),
  }),
});

export const incidentsClearRemove = defineEndpoint({
  id: 'incidents.clearRemove',
  section: 'Incidents',
  title: 'Clear and Remove Incident',
  method: 'POST',
  path: '/node/api/incidents/:id/clear-remove',
  permissions: 'modify-objects | manage-objects',
  permissionsSource: 'sibling',
  provenance: 'documented',
  // the incident leaves without an incident-history entry
  effect: 'destructive',
  idempotent: true,
  bodyKind: 'none',
  responseKind: 'empty',
  schemas: () => ({
    path: z.object({ id: pathParam() }),
    response: incidentSchema(),
  }),
});

export const incidentsClearRemoveAll = defineEndpoint({
  id: 'incidents.clearRemoveAll',
  section: 'Incidents',
  title: 'Clear and remove all incidents',
  method: 'POST',
  path: '/node/api/incidents/clear-remove',
  permissions: 'modify-objects | manage-objects',
  permissionsSource: 'sibling',
  provenance: 'inferred',
  // every incident leaves without an incident-history entry
  effect: 'destructive',
  idempotent: true,
  bodyKind: 'json',
  responseKind: 'empty',
  schemas: () => ({
    body: bulkSearch(),
    response: incidentSchema(),
  }),
});

// The catalog lists a JSON body, but the client that calls it sends the comment as text/plain.
export const incidentsComment = defineEndpoint({
  id: 'incidents.comment',
  section: 'Incidents',
  title: 'Comment Incident',
  method: 'POST',
  path: '/node/api/incidents/:id/comment',
  permissions: 'modify-objects | manage-objects',
  permissionsSource: 'sibling',
  provenance: 'real-client',
  bodyKind: 'text',
  responseKind: 'empty',
  schemas: () => ({
    path: z.object({ id: pathParam() }),
    body: z.string(),
  }),
});

export const incidentsCreate = defineEndpoint({
  id: 'incidents.create',
  section: 'Incidents',
  title: 'Create Incident',
  method: 'POST',
  path: '/node/api/incidents',
  permissions: 'modify-objects | manage-objects',
  permissionsSource: 'sibling',
  provenance: 'documented',
  bodyKind: 'json',
  responseKind: 'json',
  schemas: () => ({
    body: z.looseObject({
      id: maybe(id()),
      entityId: maybe(id()),
      /** 1 object, 2 link. */
      entityType: maybe(int()),
      type: maybe(int()),
      state: maybe(id()),
      lastState: maybe(id()),
      text: maybe(z.string()),
      data: maybe(z.string()),
      timestamp: maybe(timestamp()),
      localTimestamp: maybe(timestamp()),
      clearTimestamp: maybe(timestamp()),
      acknowledgedBy: maybe(z.string()),
      acknowledgementTimestamp: maybe(timestamp()),
      comment: maybe(z.string()),
      commentedBy: maybe(z.string()),
      commentTimestamp: maybe(timestamp()),
      commentsCount: maybe(int()),
      count: maybe(int()),
      branchId: maybe(id()),
      parentChainId: maybe(id()),
      owner: maybe(anyObject()),
      properties: maybe(z.array(z.unknown())),
      reason: maybe(
        z.looseObject({
          code: maybe(int()),
          data: maybe(anyObject()),
          rootCause: maybe(z.union([z.string(), anyObject()])),
          branch: maybe(anyObject()),
        }),
      ),
    }),
    response: incidentSchema(),
  }),
});

export const incidentsGet = defineEndpoint({
  id: 'incidents.get',
  section: 'Incidents',
  title: 'Get Incident by ID',
  method: 'GET',
  path: '/node/api/incidents/:id',
  permissions: '',
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
  section: 'Incidents',
  title: 'Get Incident History',
  method: 'GET',
  path: '/node/api/incident-history',
  permissions: '',
  provenance: 'real-client',
  bodyKind: 'none',
  responseKind: 'json',
  schemas: () => ({
    query: z.optional(
      z.looseObject({
        ...listQuery(),
        /** Newest first when true. */
        inverse: z.optional(flag()),
      }),
    ),
    response: z.array(incidentSchema()),
  }),
});

export const incidentsList = defineEndpoint({
  id: 'incidents.list',
  section: 'Incidents',
  title: 'Get All Incidents',
  method: 'GET',
  path: '/node/api/incidents',
  permissions: '',
  provenance: 'documented',
  bodyKind: 'none',
  responseKind: 'json',
  schemas: () => ({
    // One doc version lists these as body fields; all current versions send them in the query.
    query: z.optional(
      z.looseObject({
        ...listQuery(),
        /** Only incidents under this parent object. */
        parentFilter: z.optional(id()),
        ownerFilter: z.optional(jsonParam()),
      }),
    ),
    response: z.array(incidentSchema()),
  }),
});

export const incidentsUnacknowledge = defineEndpoint({
  id: 'incidents.unacknowledge',
  section: 'Incidents',
  title: 'Unacknowledge Incident',
  method: 'POST',
  path: '/node/api/incidents/:id/unacknowledge',
  permissions: 'modify-objects | manage-objects',
  permissionsSource: 'sibling',
  provenance: 'documented',
  // sets a state
  idempotent: true,
  bodyKind: 'none',
  responseKind: 'empty',
  schemas: () => ({
    path: z.object({ id: pathParam() }),
    response: incidentSchema(),
  }),
});

export const incidentsUndoClear = defineEndpoint({
  id: 'incidents.undoClear',
  section: 'Incidents',
  title: 'Undo Clear Incident',
  method: 'POST',
  path: '/node/api/incidents/:id/undo-clear',
  permissions: 'modify-objects | manage-objects',
  permissionsSource: 'sibling',
  provenance: 'documented',
  // sets a state
  idempotent: true,
  bodyKind: 'none',
  responseKind: 'empty',
  schemas: () => ({
    path: z.object({ id: pathParam() }),
    response: incidentSchema(),
  }),
});

export const incidentsUndoRemove = defineEndpoint({
  id: 'incidents.undoRemove',
  section: 'Incidents',
  title: 'Undo Remove Incident',
  method: 'POST',
  path: '/node/api/incidents/:id/undo-remove',
  permissions: 'modify-objects | manage-objects',
  permissionsSource: 'sibling',
  provenance: 'documented',
  // sets a state
  idempotent: true,
  bodyKind: 'none',
  responseKind: 'empty',
  schemas: () => ({
    path: z.object({ id: pathParam() }),
    response: incidentSchema(),
  }),
});
