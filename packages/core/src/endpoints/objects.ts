import * as z from 'zod/mini';
import { objectSchema } from '../models/object.ts';
import { stateHistorySchema } from '../models/state-history.ts';
import { defineEndpoint } from '../registry/define.ts';
import { anyObject, commaList, id, int, maybe, pathParam, timeBound } from '../schema/conventions.ts';

export const objectsAddDocument = defineEndpoint({
  id: 'objects.addDocument',
  section: "Objects",
  title: "Add Document to Object",
  summary: "Attaches a document to an object: either a web link (JSON body) or an uploaded file.",
  method: 'POST',
  path: '/node/api/objects/:id/docs',
  permissions: "upload-documents | create-documents | manage-documents | manage-objects",
  provenance: 'documented',
  bodyKind: 'json',
  responseKind: 'json',
  schemas: () => ({
    path: z.object({ id: pathParam() }),
    body: z.optional(z.looseObject({
      name: maybe(z.string()),
      type_id: maybe(id()),
      value: maybe(z.string()),
      file: maybe(z.unknown()),
    })),
    response: z.looseObject({
      id: maybe(id()),
      type_id: maybe(id()),
      name: maybe(z.string()),
      value: maybe(z.string()),
    }),
  }),
});

export const objectsChildLinks = defineEndpoint({
  id: 'objects.childLinks',
  section: "Objects",
  title: "Get Object's Children Links",
  summary: "Lists the links that connect the children of an object.",
  method: 'GET',
  path: '/node/api/objects/:id/children/links',
  permissions: "objectPermissions",
  provenance: 'documented',
  bodyKind: 'none',
  responseKind: 'json',
  schemas: () => ({
    path: z.object({ id: pathParam() }),
    response: z.array(z.unknown()),
  }),
});

export const objectsChildren = defineEndpoint({
  id: 'objects.children',
  section: "Objects",
  title: "Get Object's Children",
  summary: "Lists the child objects of an object.",
  method: 'GET',
  path: '/node/api/objects/:id/children',
  permissions: "objectPermissions",
  provenance: 'documented',
  bodyKind: 'none',
  responseKind: 'json',
  schemas: () => ({
    path: z.object({ id: pathParam() }),
    response: z.array(z.unknown()),
  }),
});

export const objectsClone = defineEndpoint({
  id: 'objects.clone',
  section: "Objects",
  title: "Clone Object",
  summary: "Makes a copy of an object (with its nested objects and links) and returns the copy.",
  method: 'POST',
  path: '/node/api/objects/:id/clone',
  permissions: "create-object | manage-objects",
  provenance: 'documented',
  bodyKind: 'none',
  responseKind: 'json',
  schemas: () => ({
    path: z.object({ id: pathParam() }),
    response: objectSchema(),
  }),
});

export const objectsCloneInBackground = defineEndpoint({
  id: 'objects.cloneInBackground',
  section: "Objects",
  title: "Clone Object in Background",
  summary: "Starts an asynchronous clone of an object and returns a bulk operation ID to poll.",
  method: 'POST',
  path: '/node/api/objects/:id/clone-bulk',
  permissions: "create-objects | manage-objects",
  provenance: 'documented',
  bodyKind: 'none',
  responseKind: 'json',
  schemas: () => ({
    path: z.object({ id: pathParam() }),
    response: z.looseObject({
      bulkId: maybe(id()),
      finished: maybe(z.boolean()),
    }),
  }),
});

export const objectsCreate = defineEndpoint({
  id: 'objects.create',
  section: "Objects",
  title: "Create Object",
  summary: "Creates an object from the JSON body and returns the new object.",
  method: 'POST',
  path: '/node/api/objects',
  permissions: "create-objects | manage-objects",
  provenance: 'documented',
  bodyKind: 'json',
  responseKind: 'json',
  schemas: () => ({
    body: z.looseObject({
      name: z.string(),
      parent_id: maybe(id()),
      discovery_id: maybe(id()),
    }),
    response: objectSchema(),
  }),
});

export const objectsDelete = defineEndpoint({
  id: 'objects.delete',
  section: "Objects",
  title: "Delete Object by ID",
  summary: "Removes an object.",
  method: 'DELETE',
  path: '/node/api/objects/:id',
  permissions: "objectPermissions & (delete-objects | manage-objects)",
  provenance: 'documented',
  bodyKind: 'none',
  responseKind: 'empty',
  schemas: () => ({
    path: z.object({ id: pathParam() }),
  }),
});

export const objectsDeleteDocument = defineEndpoint({
  id: 'objects.deleteDocument',
  section: "Objects",
  title: "Delete Object's Document",
  summary: "Removes a document from an object.",
  method: 'DELETE',
  path: '/node/api/objects/:object_id/docs/:doc_id',
  permissions: "delete-documents | manage-documents | manage-properties | manage-objects",
  provenance: 'documented',
  bodyKind: 'none',
  responseKind: 'empty',
  schemas: () => ({
    path: z.object({ object_id: pathParam(), doc_id: pathParam() }),
  }),
});

export const objectsDeleteStateConditions = defineEndpoint({
  id: 'objects.deleteStateConditions',
  section: "Objects",
  title: "Delete Object's State Conditions",
  summary: "Removes an object's own state conditions so that its class defaults (if any) apply again.",
  method: 'DELETE',
  path: '/node/api/objects/:id/state-conditions',
  permissions: "objectPermissions & (modify-objects | manage-objects)",
  provenance: 'documented',
  bodyKind: 'none',
  responseKind: 'empty',
  schemas: () => ({
    path: z.object({ id: pathParam() }),
  }),
});

export const objectsGet = defineEndpoint({
  id: 'objects.get',
  section: "Objects",
  title: "Get Object by ID",
  summary: "Fetches one object by its ID or discovery ID.",
  method: 'GET',
  path: '/node/api/objects/:id',
  permissions: "objectPermissions",
  provenance: 'documented',
  bodyKind: 'none',
  responseKind: 'json',
  schemas: () => ({
    path: z.object({ id: pathParam() }),
    query: z.optional(z.looseObject({
      fields: z.optional(commaList()),
    })),
    response: objectSchema(),
  }),
});

export const objectsGetDocument = defineEndpoint({
  id: 'objects.getDocument',
  section: "Objects",
  title: "Get Object's Document",
  summary: "Returns the description of one document (web link or uploaded file) attached to an object.",
  method: 'GET',
  path: '/node/api/objects/:object_id/docs/:doc_id',
  permissions: "",
  provenance: 'documented',
  bodyKind: 'none',
  responseKind: 'json',
  schemas: () => ({
    path: z.object({ object_id: pathParam(), doc_id: pathParam() }),
    response: z.looseObject({
      id: maybe(id()),
      type_id: maybe(id()),
      name: maybe(z.string()),
      value: maybe(z.string()),
    }),
  }),
});

export const objectsHistory = defineEndpoint({
  id: 'objects.history',
  section: "Objects",
  title: "Get Object's Metrics History",
  summary: "Returns time series of selected metrics of an object for a time range, optionally downsampled.",
  method: 'GET',
  path: '/node/api/objects/:id/history',
  permissions: "objectPermissions",
  provenance: 'documented',
  bodyKind: 'none',
  responseKind: 'json',
  schemas: () => ({
    path: z.object({ id: pathParam() }),
    query: z.looseObject({
      metrics: commaList(),
      from: timeBound(),
      to: z.optional(timeBound()),
      timezone: z.optional(z.string()),
      downsample: z.optional(z.string()),
    }),
    response: z.array(z.looseObject({
      metric: maybe(z.string()),
      tags: maybe(z.looseObject({
        entity: maybe(z.string()),
      })),
      aggregateTags: maybe(z.array(z.unknown())),
      dps: maybe(z.array(z.unknown())),
    })),
  }),
});

export const objectsIncidentConditions = defineEndpoint({
  id: 'objects.incidentConditions',
  section: "Objects",
  title: "Get Object's Incident Conditions",
  summary: "Not found in the stored documentation; method and path follow the pattern of its documented siblings.",
  method: 'GET',
  path: '/node/api/objects/:id/incident-conditions',
  permissions: "",
  provenance: 'inferred',
  bodyKind: 'none',
  responseKind: 'json',
  schemas: () => ({
    path: z.object({ id: pathParam() }),
    response: objectSchema(),
  }),
});

export const objectsLastMetrics = defineEndpoint({
  id: 'objects.lastMetrics',
  section: "Objects",
  title: "Get Object's N Last Metrics",
  summary: "Returns the most recent N data points of the selected metrics of an object.",
  method: 'GET',
  path: '/node/api/objects/:id/last',
  permissions: "objectPermissions",
  provenance: 'documented',
  bodyKind: 'none',
  responseKind: 'json',
  schemas: () => ({
    path: z.object({ id: pathParam() }),
    query: z.looseObject({
      metrics: commaList(),
      length: z.optional(int()),
    }),
    response: z.array(z.looseObject({
      metric: maybe(z.string()),
      tags: maybe(z.looseObject({
        entity: maybe(z.string()),
      })),
      aggregateTags: maybe(z.array(z.unknown())),
      dps: maybe(z.array(z.unknown())),
    })),
  }),
});

export const objectsList = defineEndpoint({
  id: 'objects.list',
  section: "Objects",
  title: "Get All Objects",
  summary: "Lists every object in the system, returning only a default subset of fields unless specific fields are requested.",
  method: 'GET',
  path: '/node/api/objects',
  permissions: "objectPermissions",
  provenance: 'documented',
  bodyKind: 'none',
  responseKind: 'json',
  schemas: () => ({
    query: z.optional(z.looseObject({
      fields: z.optional(commaList()),
    })),
    response: z.array(objectSchema()),
  }),
});

export const objectsMetricNames = defineEndpoint({
  id: 'objects.metricNames',
  section: "Objects",
  title: "Get Object's Metric Names",
  summary: "Lists the metric names available for an object.",
  method: 'GET',
  path: '/node/api/objects/:id/stat/metrics',
  permissions: "",
  provenance: 'real-client',
  bodyKind: 'none',
  responseKind: 'json',
  schemas: () => ({
    path: z.object({ id: pathParam() }),
    response: z.array(z.string()),
  }),
});

export const objectsPaths = defineEndpoint({
  id: 'objects.paths',
  section: "Objects",
  title: "Get Object's Parent Paths",
  summary: "Returns the chain(s) of parents from an object up to the root, plus data about each object on the way.",
  method: 'GET',
  path: '/node/api/objects/:id/paths',
  permissions: "objectPermissions",
  provenance: 'documented',
  bodyKind: 'none',
  responseKind: 'json',
  schemas: () => ({
    path: z.object({ id: pathParam() }),
    query: z.optional(z.looseObject({
      fields: z.optional(commaList()),
    })),
    response: z.looseObject({
      paths: maybe(z.array(z.unknown())),
      objects: maybe(z.array(objectSchema())),
    }),
  }),
});

export const objectsProperties = defineEndpoint({
  id: 'objects.properties',
  section: "Objects",
  title: "Get Object's Properties",
  summary: "Lists an object's properties.",
  method: 'GET',
  path: '/node/api/objects/:id/props',
  permissions: "",
  provenance: 'real-client',
  bodyKind: 'none',
  responseKind: 'json',
  schemas: () => ({
    path: z.object({ id: pathParam() }),
    response: z.unknown(),
  }),
});

export const objectsSearch = defineEndpoint({
  id: 'objects.search',
  section: "Objects",
  title: "Search Objects",
  summary: "Finds objects whose fields match MongoDB-style criteria given in the body.",
  method: 'POST',
  path: '/node/api/objects/search',
  permissions: "objectPermissions",
  provenance: 'documented',
  bodyKind: 'json',
  responseKind: 'json',
  schemas: () => ({
    body: z.optional(z.looseObject({
      search: maybe(anyObject()),
      options: maybe(z.looseObject({
        includeClientData: maybe(z.boolean()),
      })),
      name: maybe(z.looseObject({
        $regex: maybe(z.string()),
        $options: maybe(z.string()),
      })),
      state_id: maybe(z.looseObject({
        $in: maybe(z.array(int())),
      })),
      class_id: maybe(id()),
      parent_id: maybe(id()),
      properties: maybe(z.looseObject({
        $elemMatch: maybe(z.looseObject({
          name: maybe(z.looseObject({
            $regex: maybe(z.string()),
            $options: maybe(z.string()),
          })),
          type_id: maybe(z.looseObject({
            $in: maybe(z.string()),
          })),
          value: maybe(z.looseObject({
            $regex: maybe(z.string()),
            $options: maybe(z.string()),
          })),
        })),
      })),
      tags: maybe(z.looseObject({
        $in: maybe(z.array(z.string())),
      })),
      created: maybe(z.looseObject({
        $gte: maybe(int()),
        $lte: maybe(int()),
      })),
      owner_id: maybe(id()),
    })),
    response: z.array(objectSchema()),
  }),
});

export const objectsSetIncidentConditions = defineEndpoint({
  id: 'objects.setIncidentConditions',
  section: "Objects",
  title: "Set Object's Incident Conditions",
  summary: "Replaces the conditions that raise incidents for an object.",
  method: 'PUT',
  path: '/node/api/objects/:id/incident-conditions',
  permissions: "objectPermissions & (modify-objects | manage-objects)",
  provenance: 'documented',
  bodyKind: 'json',
  responseKind: 'empty',
  schemas: () => ({
    path: z.object({ id: pathParam() }),
    body: z.array(z.looseObject({
      condition: maybe(anyObject()),
      state: maybe(id()),
    })),
  }),
});

export const objectsSetManualState = defineEndpoint({
  id: 'objects.setManualState',
  section: "Objects",
  title: "Set Object's Manual State",
  summary: "Sets or clears a manually imposed state on an object and returns the object.",
  method: 'PUT',
  path: '/node/api/objects/:id/manual-state',
  permissions: "objectPermissions & (modify-objects | manage-objects)",
  provenance: 'documented',
  bodyKind: 'json',
  responseKind: 'json',
  schemas: () => ({
    path: z.object({ id: pathParam() }),
    body: z.looseObject({
      stateId: id(),
      clear: maybe(z.boolean()),
      reason: maybe(z.string()),
      since: maybe(int()),
      by: maybe(int()),
      clearedByState: maybe(z.array(z.unknown())),
    }),
    response: z.unknown(),
  }),
});

export const objectsSetStat = defineEndpoint({
  id: 'objects.setStat',
  section: "Objects",
  title: "Set Object's Stat",
  summary: "Pushes monitoring data (stat) for an object as if sent by an agent.",
  method: 'POST',
  path: '/node/api/objects/:id/stat',
  permissions: "objectPermissions + (modify-objects | manage-objects)",
  provenance: 'documented',
  bodyKind: 'json',
  responseKind: 'empty',
  schemas: () => ({
    path: z.object({ id: pathParam() }),
    body: z.optional(z.looseObject({})),
  }),
});

export const objectsSetStatMeta = defineEndpoint({
  id: 'objects.setStatMeta',
  section: "Objects",
  title: "Set Object's Stat Metadata",
  summary: "Writes metadata (type, change rate) for stat fields of an object.",
  method: 'POST',
  path: '/node/api/objects/:id/stat/meta',
  permissions: "objectPermissions + (modify-objects | manage-objects)",
  provenance: 'documented',
  bodyKind: 'json',
  responseKind: 'empty',
  schemas: () => ({
    path: z.object({ id: pathParam() }),
    body: z.optional(z.looseObject({})),
  }),
});

export const objectsSetState = defineEndpoint({
  id: 'objects.setState',
  section: "Objects",
  title: "Set Object's State",
  summary: "Forces an object into the given state and returns the updated object.",
  method: 'PUT',
  path: '/node/api/objects/:id/state',
  permissions: "objectPermissions & (modify-objects | manage-objects)",
  provenance: 'documented',
  bodyKind: 'json',
  responseKind: 'json',
  schemas: () => ({
    path: z.object({ id: pathParam() }),
    body: z.optional(z.looseObject({
      state_id: maybe(id()),
    })),
    response: z.unknown(),
  }),
});

export const objectsSetStateConditions = defineEndpoint({
  id: 'objects.setStateConditions',
  section: "Objects",
  title: "Set Object's State Conditions",
  summary: "Replaces the state-change conditions of an object.",
  method: 'PUT',
  path: '/node/api/objects/:id/state-conditions',
  permissions: "objectPermissions & (modify-objects | manage-objects)",
  provenance: 'documented',
  bodyKind: 'json',
  responseKind: 'empty',
  schemas: () => ({
    path: z.object({ id: pathParam() }),
    body: z.array(z.looseObject({
      condition: maybe(anyObject()),
      state: maybe(id()),
    })),
  }),
});

export const objectsSetStateTriggers = defineEndpoint({
  id: 'objects.setStateTriggers',
  section: "Objects",
  title: "Set Object's State Triggers",
  summary: "Replaces the state triggers of an object.",
  method: 'PUT',
  path: '/node/api/objects/:id/state-triggers',
  permissions: "objectPermissions & (modify-objects | manage-objects)",
  provenance: 'documented',
  bodyKind: 'json',
  responseKind: 'empty',
  schemas: () => ({
    path: z.object({ id: pathParam() }),
    body: z.array(z.looseObject({
      type: maybe(z.string()),
      payload: maybe(anyObject()),
      states: maybe(z.array(int())),
    })),
  }),
});

export const objectsStat = defineEndpoint({
  id: 'objects.stat',
  section: "Objects",
  title: "Get Object's Stat",
  summary: "Returns the latest collected data of an object.",
  method: 'GET',
  path: '/node/api/objects/:id/stat',
  permissions: "",
  provenance: 'real-client',
  bodyKind: 'none',
  responseKind: 'json',
  schemas: () => ({
    path: z.object({ id: pathParam() }),
    response: z.unknown(),
  }),
});

export const objectsStatMeta = defineEndpoint({
  id: 'objects.statMeta',
  section: "Objects",
  title: "Get Object's Stat Metadata",
  summary: "Returns metadata describing the stat fields of an object (data types, change rates, agent info).",
  method: 'GET',
  path: '/node/api/objects/:id/stat/meta',
  permissions: "objectPermissions",
  provenance: 'documented',
  bodyKind: 'none',
  responseKind: 'json',
  schemas: () => ({
    path: z.object({ id: pathParam() }),
    response: z.looseObject({
      entityId: maybe(id()),
      entityType: maybe(id()),
      taskType: maybe(z.string()),
      period: maybe(z.number()),
      timestamp: maybe(z.number()),
      agentId: maybe(id()),
      agentVersion: maybe(z.string()),
      agentBuild: maybe(z.string()),
    }),
  }),
});

export const objectsStateConditions = defineEndpoint({
  id: 'objects.stateConditions',
  section: "Objects",
  title: "Get Object's State Conditions",
  summary: "Returns the state-change conditions configured on an object.",
  method: 'GET',
  path: '/node/api/objects/:id/state-conditions',
  permissions: "objectPermissions & (modify-object | manage-objects)",
  provenance: 'documented',
  bodyKind: 'none',
  responseKind: 'json',
  schemas: () => ({
    path: z.object({ id: pathParam() }),
    response: z.array(z.unknown()),
  }),
});

export const objectsStateHistory = defineEndpoint({
  id: 'objects.stateHistory',
  section: "Objects",
  title: "Get Object's State History",
  summary: "Returns the list of states an object went through, optionally limited by time and paged.",
  method: 'GET',
  path: '/node/api/objects/:id/state-history',
  permissions: "objectPermissions",
  provenance: 'documented',
  bodyKind: 'none',
  responseKind: 'json',
  schemas: () => ({
    path: z.object({ id: pathParam() }),
    query: z.optional(z.looseObject({
      from: z.optional(timeBound()),
      to: z.optional(timeBound()),
      skip: z.optional(z.string()),
      limit: z.optional(z.string()),
    })),
    response: z.array(stateHistorySchema()),
  }),
});

export const objectsStateTriggers = defineEndpoint({
  id: 'objects.stateTriggers',
  section: "Objects",
  title: "Get Object's State Triggers",
  summary: "Returns the actions (e-mail, script, ...) fired when an object enters given states.",
  method: 'GET',
  path: '/node/api/objects/:id/state-triggers',
  permissions: "objectPermissions & (modify-objects | manage-objects)",
  provenance: 'documented',
  bodyKind: 'none',
  responseKind: 'json',
  schemas: () => ({
    path: z.object({ id: pathParam() }),
    response: z.array(z.looseObject({
      type: maybe(z.string()),
      payload: maybe(anyObject()),
      states: maybe(z.array(z.number())),
    })),
  }),
});

export const objectsUpdate = defineEndpoint({
  id: 'objects.update',
  section: "Objects",
  title: "Update Object",
  summary: "Changes the given fields of an existing object and returns it.",
  method: 'PATCH',
  path: '/node/api/objects/:id',
  permissions: "objectPermissions & (modify-objects | manage-objects)",
  provenance: 'documented',
  bodyKind: 'json',
  responseKind: 'json',
  schemas: () => ({
    path: z.object({ id: pathParam() }),
    body: z.optional(z.looseObject({})),
    response: objectSchema(),
  }),
});
