import * as z from 'zod/mini';
import { defineEndpoint } from '../contract/define.ts';
import { documentSchema } from '../models/document.ts';
import { incidentConditionInputSchema, incidentConditionSchema } from '../models/incident-condition.ts';
import { linkSchema } from '../models/link.ts';
import { manualStateSchema } from '../models/manual-state.ts';
import { metricSeriesSchema } from '../models/metric-series.ts';
import { objectListItemSchema, objectSchema } from '../models/object.ts';
import { propertySchema } from '../models/property.ts';
import { statMetaSchema } from '../models/stat-meta.ts';
import { stateConditionInputSchema, stateConditionSchema } from '../models/state-condition.ts';
import { stateHistorySchema } from '../models/state-history.ts';
import { stateTriggerInputSchema, stateTriggerSchema } from '../models/state-trigger.ts';
import {
  anyObject,
  commaList,
  flag,
  id,
  idOut,
  int,
  metricsParams,
  opt,
  pathParam,
  propertyValue,
  requireMetrics,
  timeBound,
} from '../schema/conventions.ts';
import { fieldProvenance } from '../schema/marks.ts';

const byId = () => z.object({ id: pathParam() });
/** `fields`: the record fields to send (`['name', 'path']`); typed by the endpoint's `fields` model. */
const fieldsQuery = () => z.optional(z.looseObject({ fields: z.optional(commaList()) }));

export const objectsAddDocument = defineEndpoint({
  id: 'objects.addDocument',
  section: 'Objects',
  title: 'Add Document to Object',
  method: 'POST',
  path: '/node/api/objects/:id/docs',
  permissions: 'upload-documents | create-documents | manage-documents | manage-objects',
  provenance: 'documented',
  bodyKind: 'json',
  upload: true,
  responseKind: 'json',
  schemas: () => ({
    path: byId(),
    // A FormData body (file in `file`) uploads a file instead; the docs show no more of that format.
    body: z.looseObject({ name: z.optional(z.string()), type_id: z.optional(int()), value: z.optional(z.string()) }),
    response: documentSchema(),
  }),
});

export const objectsChildLinks = defineEndpoint({
  id: 'objects.childLinks',
  section: 'Objects',
  title: "Get Object's Children Links",
  method: 'GET',
  path: '/node/api/objects/:id/children/links',
  permissions: 'objectPermissions',
  provenance: 'documented',
  bodyKind: 'none',
  responseKind: 'json',
  schemas: () => ({ path: byId(), response: z.array(linkSchema()) }),
});

export const objectsChildren = defineEndpoint({
  id: 'objects.children',
  section: 'Objects',
  title: "Get Object's Children",
  method: 'GET',
  path: '/node/api/objects/:id/children',
  permissions: 'objectPermissions',
  provenance: 'documented',
  bodyKind: 'none',
  responseKind: 'json',
  schemas: () => ({ path: byId(), response: z.array(objectSchema()) }),
});

export const objectsClone = defineEndpoint({
  id: 'objects.clone',
  section: 'Objects',
  title: 'Clone Object',
  method: 'POST',
  path: '/node/api/objects/:id/clone',
  // 'create-object' (singular) as printed on this page
  permissions: 'create-object | manage-objects',
  provenance: 'documented',
  bodyKind: 'none',
  responseKind: 'json',
  schemas: () => ({ path: byId(), response: objectSchema() }),
});

export const objectsCloneInBackground = defineEndpoint({
  id: 'objects.cloneInBackground',
  section: 'Objects',
  title: 'Clone Object in Background',
  method: 'POST',
  path: '/node/api/objects/:id/clone-bulk',
  permissions: 'create-objects | manage-objects',
  provenance: 'documented',
  bodyKind: 'none',
  responseKind: 'json',
  schemas: () => ({
    path: byId(),
    response: z.looseObject({ bulkId: opt(idOut()), finished: opt(z.boolean()) }),
  }),
});

export const objectsCreate = defineEndpoint({
  id: 'objects.create',
  section: 'Objects',
  title: 'Create Object',
  method: 'POST',
  path: '/node/api/objects',
  permissions: 'create-objects | manage-objects',
  provenance: 'documented',
  bodyKind: 'json',
  responseKind: 'json',
  schemas: () => ({
    body: z.looseObject({
      name: z.string(),
      parent_id: z.optional(z.union([id(), z.array(id())])),
      class_id: z.optional(id()),
      discovery_id: z.optional(id()),
      properties: z.optional(
        z.array(
          z.looseObject({
            name: z.string(),
            value: z.optional(propertyValue()),
            type_id: z.optional(int()),
          }),
        ),
      ),
      // not on the doc page; public import tools send them to real servers
      client_data: z.optional(fieldProvenance(z.union([z.string(), anyObject()]), 'real-client')),
      tags: z.optional(fieldProvenance(z.array(id()), 'real-client')),
      background: z.optional(fieldProvenance(z.string(), 'real-client')),
      child_id: z.optional(fieldProvenance(z.union([id(), z.array(id())]), 'real-client')),
    }),
    response: objectSchema(),
  }),
});

export const objectsDelete = defineEndpoint({
  id: 'objects.delete',
  section: 'Objects',
  title: 'Delete Object by ID',
  method: 'DELETE',
  path: '/node/api/objects/:id',
  permissions: 'objectPermissions & (delete-objects | manage-objects)',
  provenance: 'documented',
  bodyKind: 'none',
  responseKind: 'empty',
  schemas: () => ({ path: byId() }),
});

export const objectsDeleteDocument = defineEndpoint({
  id: 'objects.deleteDocument',
  section: 'Objects',
  title: "Delete Object's Document",
  method: 'DELETE',
  path: '/node/api/objects/:object_id/docs/:doc_id',
  permissions: 'delete-documents | manage-documents | manage-properties | manage-objects',
  provenance: 'documented',
  bodyKind: 'none',
  responseKind: 'empty',
  schemas: () => ({ path: z.object({ id: pathParam(), docId: pathParam() }) }),
});

export const objectsDeleteStateConditions = defineEndpoint({
  id: 'objects.deleteStateConditions',
  section: 'Objects',
  title: "Delete Object's State Conditions",
  method: 'DELETE',
  path: '/node/api/objects/:id/state-conditions',
  permissions: 'objectPermissions & (modify-objects | manage-objects)',
  provenance: 'documented',
  bodyKind: 'none',
  responseKind: 'empty',
  schemas: () => ({ path: byId() }),
});

export const objectsGet = defineEndpoint({
  id: 'objects.get',
  section: 'Objects',
  title: 'Get Object by ID',
  method: 'GET',
  path: '/node/api/objects/:id',
  permissions: 'objectPermissions',
  provenance: 'documented',
  bodyKind: 'none',
  responseKind: 'json',
  schemas: () => ({ path: byId(), query: fieldsQuery(), response: objectSchema(), fields: objectSchema() }),
});

export const objectsGetDocument = defineEndpoint({
  id: 'objects.getDocument',
  section: 'Objects',
  title: "Get Object's Document",
  method: 'GET',
  path: '/node/api/objects/:object_id/docs/:doc_id',
  permissions: '',
  provenance: 'documented',
  bodyKind: 'none',
  responseKind: 'json',
  schemas: () => ({ path: z.object({ id: pathParam(), docId: pathParam() }), response: documentSchema() }),
});

export const objectsHistory = defineEndpoint({
  id: 'objects.history',
  section: 'Objects',
  title: "Get Object's Metrics History",
  method: 'GET',
  path: '/node/api/objects/:id/history',
  permissions: 'objectPermissions',
  provenance: 'documented',
  bodyKind: 'none',
  responseKind: 'json',
  schemas: () => ({
    path: byId(),
    // metrics are required by the docs, but one documented example (a relative window) sends none
    query: z.looseObject({
      ...metricsParams(),
      from: timeBound(),
      to: z.optional(timeBound()),
      timezone: z.optional(z.string()),
      downsample: z.optional(z.string()),
    }),
    response: z.array(metricSeriesSchema()),
  }),
});

export const objectsIncidentConditions = defineEndpoint({
  id: 'objects.incidentConditions',
  section: 'Objects',
  title: "Get Object's Incident Conditions",
  method: 'GET',
  path: '/node/api/objects/:id/incident-conditions',
  permissions: '',
  provenance: 'inferred',
  bodyKind: 'none',
  responseKind: 'json',
  schemas: () => ({ path: byId(), response: z.array(incidentConditionSchema()) }),
});

export const objectsLastMetrics = defineEndpoint({
  id: 'objects.lastMetrics',
  section: 'Objects',
  title: "Get Object's N Last Metrics",
  method: 'GET',
  path: '/node/api/objects/:id/last',
  permissions: 'objectPermissions',
  provenance: 'documented',
  bodyKind: 'none',
  responseKind: 'json',
  schemas: () => ({
    path: byId(),
    query: z.looseObject({ ...metricsParams(), length: z.optional(int()) }).check(requireMetrics()),
    response: z.array(metricSeriesSchema()),
  }),
});

export const objectsList = defineEndpoint({
  id: 'objects.list',
  section: 'Objects',
  title: 'Get All Objects',
  method: 'GET',
  path: '/node/api/objects',
  permissions: 'objectPermissions',
  provenance: 'documented',
  bodyKind: 'none',
  responseKind: 'json',
  schemas: () => ({ query: fieldsQuery(), response: z.array(objectListItemSchema()), fields: objectSchema() }),
});

export const objectsMetricNames = defineEndpoint({
  id: 'objects.metricNames',
  section: 'Objects',
  title: "Get Object's Metric Names",
  method: 'GET',
  path: '/node/api/objects/:id/stat/metrics',
  permissions: '',
  provenance: 'real-client',
  bodyKind: 'none',
  responseKind: 'json',
  schemas: () => ({ path: byId(), response: z.array(z.string()) }),
});

export const objectsPaths = defineEndpoint({
  id: 'objects.paths',
  section: 'Objects',
  title: "Get Object's Parent Paths",
  method: 'GET',
  path: '/node/api/objects/:id/paths',
  permissions: 'objectPermissions',
  provenance: 'documented',
  bodyKind: 'none',
  responseKind: 'json',
  schemas: () => ({
    path: byId(),
    query: fieldsQuery(),
    response: z.looseObject({
      paths: opt(z.array(z.array(idOut()))), // objects with the default path fields, or the requested ones
      objects: opt(z.array(z.partial(objectSchema()))),
    }),
  }),
});

export const objectsProperties = defineEndpoint({
  id: 'objects.properties',
  section: 'Objects',
  title: "Get Object's Properties",
  method: 'GET',
  path: '/node/api/objects/:id/props',
  permissions: '',
  provenance: 'real-client',
  bodyKind: 'none',
  responseKind: 'json',
  schemas: () => ({ path: byId(), response: z.array(propertySchema()) }),
});

export const objectsSearch = defineEndpoint({
  id: 'objects.search',
  section: 'Objects',
  title: 'Search Objects',
  method: 'POST',
  path: '/node/api/objects/search',
  // the newest page says run-bulks instead
  permissions: 'objectPermissions',
  permissionsSource: 'open',
  provenance: 'documented',
  // a read: MongoDB-style criteria travel in the body
  effect: 'read',
  idempotent: true,
  bodyKind: 'json',
  responseKind: 'json',
  schemas: () => ({
    body: z.looseObject({
      search: z.optional(anyObject()),
      options: z.optional(z.looseObject({ includeClientData: z.optional(flag()) })),
    }),
    response: z.array(objectSchema()),
  }),
});

export const objectsSetIncidentConditions = defineEndpoint({
  id: 'objects.setIncidentConditions',
  section: 'Objects',
  title: "Set Object's Incident Conditions",
  method: 'PUT',
  path: '/node/api/objects/:id/incident-conditions',
  permissions: 'objectPermissions & (modify-objects | manage-objects)',
  provenance: 'documented',
  bodyKind: 'json',
  responseKind: 'empty',
  schemas: () => ({ path: byId(), body: z.array(incidentConditionInputSchema()) }),
});

export const objectsSetManualState = defineEndpoint({
  id: 'objects.setManualState',
  section: 'Objects',
  title: "Set Object's Manual State",
  method: 'PUT',
  path: '/node/api/objects/:id/manual-state',
  permissions: 'objectPermissions & (modify-objects | manage-objects)',
  provenance: 'documented',
  bodyKind: 'json',
  responseKind: 'json',
  schemas: () => ({
    path: byId(),
    body: z.looseObject({
      // required by the table, but not needed when `clear` is true
      stateId: z.optional(id()),
      clear: z.optional(z.boolean()),
      reason: z.optional(z.string()),
      since: z.optional(int()),
      // the end time: `until` in the newer docs, `by` in older ones
      until: z.optional(int()),
      by: z.optional(int()),
      clearedByState: z.optional(z.array(int())),
    }),
    // undocumented ('...'); the entities variant answers with the record's manual_state
    response: z.looseObject({ manual_state: opt(z.nullable(manualStateSchema())) }),
  }),
});

export const objectsSetStat = defineEndpoint({
  id: 'objects.setStat',
  section: 'Objects',
  title: "Set Object's Stat",
  method: 'POST',
  path: '/node/api/objects/:id/stat',
  permissions: 'objectPermissions + (modify-objects | manage-objects)',
  provenance: 'documented',
  bodyKind: 'json',
  responseKind: 'empty',
  schemas: () => ({ path: byId(), body: anyObject() }),
});

export const objectsSetStatMeta = defineEndpoint({
  id: 'objects.setStatMeta',
  section: 'Objects',
  title: "Set Object's Stat Metadata",
  method: 'POST',
  path: '/node/api/objects/:id/stat/meta',
  permissions: 'objectPermissions + (modify-objects | manage-objects)',
  provenance: 'documented',
  // sets the metadata of the fields given
  idempotent: true,
  bodyKind: 'json',
  responseKind: 'empty',
  schemas: () => ({ path: byId(), body: anyObject() }),
});

export const objectsSetState = defineEndpoint({
  id: 'objects.setState',
  section: 'Objects',
  title: "Set Object's State",
  method: 'PUT',
  path: '/node/api/objects/:id/state',
  permissions: 'objectPermissions & (modify-objects | manage-objects)',
  provenance: 'documented',
  bodyKind: 'json',
  responseKind: 'json',
  schemas: () => ({ path: byId(), body: z.looseObject({ state_id: id() }), response: objectSchema() }),
});

export const objectsSetStateConditions = defineEndpoint({
  id: 'objects.setStateConditions',
  section: 'Objects',
  title: "Set Object's State Conditions",
  method: 'PUT',
  path: '/node/api/objects/:id/state-conditions',
  permissions: 'objectPermissions & (modify-objects | manage-objects)',
  provenance: 'documented',
  bodyKind: 'json',
  responseKind: 'empty',
  schemas: () => ({ path: byId(), body: z.array(stateConditionInputSchema()) }),
});

export const objectsSetStateTriggers = defineEndpoint({
  id: 'objects.setStateTriggers',
  section: 'Objects',
  title: "Set Object's State Triggers",
  method: 'PUT',
  path: '/node/api/objects/:id/state-triggers',
  permissions: 'objectPermissions & (modify-objects | manage-objects)',
  provenance: 'documented',
  bodyKind: 'json',
  responseKind: 'empty',
  schemas: () => ({ path: byId(), body: z.array(stateTriggerInputSchema()) }),
});

export const objectsStat = defineEndpoint({
  id: 'objects.stat',
  section: 'Objects',
  title: "Get Object's Stat",
  method: 'GET',
  path: '/node/api/objects/:id/stat',
  permissions: '',
  provenance: 'real-client',
  bodyKind: 'none',
  responseKind: 'json',
  // no structured example; the one client seen scrapes the raw text
  schemas: () => ({ path: byId(), response: anyObject() }),
});

export const objectsStatMeta = defineEndpoint({
  id: 'objects.statMeta',
  section: 'Objects',
  title: "Get Object's Stat Metadata",
  method: 'GET',
  path: '/node/api/objects/:id/stat/meta',
  permissions: 'objectPermissions',
  provenance: 'documented',
  bodyKind: 'none',
  responseKind: 'json',
  schemas: () => ({
    path: byId(),
    response: statMetaSchema(),
  }),
});

export const objectsStateConditions = defineEndpoint({
  id: 'objects.stateConditions',
  section: 'Objects',
  title: "Get Object's State Conditions",
  method: 'GET',
  path: '/node/api/objects/:id/state-conditions',
  // 'modify-object' (singular) as printed on this page
  permissions: 'objectPermissions & (modify-object | manage-objects)',
  provenance: 'documented',
  bodyKind: 'none',
  responseKind: 'json',
  schemas: () => ({ path: byId(), response: z.array(stateConditionSchema()) }),
});

export const objectsStateHistory = defineEndpoint({
  id: 'objects.stateHistory',
  section: 'Objects',
  title: "Get Object's State History",
  method: 'GET',
  path: '/node/api/objects/:id/state-history',
  permissions: 'objectPermissions',
  provenance: 'documented',
  bodyKind: 'none',
  responseKind: 'json',
  schemas: () => ({
    path: byId(),
    query: z.optional(
      z.looseObject({
        from: z.optional(timeBound()),
        to: z.optional(timeBound()),
        skip: z.optional(int()),
        limit: z.optional(int()),
        // seen in a real client: newest first
        inverse: z.optional(z.union([flag(), z.string()])),
      }),
    ),
    response: z.array(stateHistorySchema()),
  }),
});

export const objectsStateTriggers = defineEndpoint({
  id: 'objects.stateTriggers',
  section: 'Objects',
  title: "Get Object's State Triggers",
  method: 'GET',
  path: '/node/api/objects/:id/state-triggers',
  permissions: 'objectPermissions & (modify-objects | manage-objects)',
  provenance: 'documented',
  bodyKind: 'none',
  responseKind: 'json',
  schemas: () => ({ path: byId(), response: z.array(stateTriggerSchema()) }),
});

export const objectsUpdate = defineEndpoint({
  id: 'objects.update',
  section: 'Objects',
  title: 'Update Object',
  method: 'PATCH',
  path: '/node/api/objects/:id',
  permissions: 'objectPermissions & (modify-objects | manage-objects)',
  provenance: 'documented',
  bodyKind: 'json',
  responseKind: 'json',
  schemas: () => ({
    path: byId(),
    body: z.looseObject({
      name: z.optional(z.string()),
      parent_id: z.optional(z.union([id(), z.array(id())])),
      // a JSON document serialised into a string
      client_data: z.optional(z.union([z.string(), anyObject()])),
      properties: z.optional(z.array(z.looseObject({}))),
      // tag ids; the tag records an object read answers are taken too (read, change, send back)
      tags: z.optional(
        fieldProvenance(
          z.array(z.union([id(), z.looseObject({ id: z.optional(z.string()), name: z.optional(z.string()) })])),
          'real-client',
        ),
      ),
    }),
    response: objectSchema(),
  }),
});
