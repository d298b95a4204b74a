import * as z from 'zod/mini';
import { defineEndpoint } from '../contract/define.ts';
import { documentSchema } from '../models/document.ts';
import { incidentConditionInputSchema, incidentConditionSchema } from '../models/incident-condition.ts';
import { linkListItemSchema, linkSchema } from '../models/link.ts';
import { metricSeriesSchema } from '../models/metric-series.ts';
import { objectSchema } from '../models/object.ts';
import { statSchema } from '../models/stat.ts';
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
  intOut,
  metricsParams,
  opt,
  pathParam,
  propertyValue,
  requireMetrics,
  timeBound,
  timestamp,
} from '../schema/conventions.ts';
import { fieldProvenance } from '../schema/marks.ts';

export const linksAddDocument = defineEndpoint({
  id: 'links.addDocument',
  section: 'Links',
  title: 'Add Document to Link',
  method: 'POST',
  path: '/node/api/links/:id/docs',
  permissions: 'upload-documents | create-documents | manage-documents | manage-links',
  provenance: 'documented',
  bodyKind: 'json',
  upload: true,
  responseKind: 'json',
  schemas: () => ({
    path: z.object({ id: pathParam() }),
    // A FormData body (file in `file`) uploads a file instead; the docs show no more of that format.
    body: z.looseObject({
      name: z.optional(z.string()),
      type_id: z.optional(int()),
      value: z.optional(z.string()),
    }),
    response: documentSchema(),
  }),
});

export const linksCreate = defineEndpoint({
  id: 'links.create',
  section: 'Links',
  title: 'Create Link',
  method: 'POST',
  path: '/node/api/links',
  permissions: 'create-links | manage-links',
  provenance: 'documented',
  bodyKind: 'json',
  responseKind: 'json',
  schemas: () => ({
    body: z.looseObject({
      source: z.string(),
      target: z.string(),
      // not on the doc page; public import tools send them to real servers
      class_id: z.optional(fieldProvenance(id(), 'real-client')),
      properties: z.optional(
        fieldProvenance(
          z.array(z.looseObject({ name: z.string(), value: z.optional(propertyValue()), type_id: z.optional(int()) })),
          'real-client',
        ),
      ),
      tags: z.optional(fieldProvenance(z.array(id()), 'real-client')),
      weight: z.optional(fieldProvenance(z.number(), 'real-client')),
    }),
    // The docs leave the answer as work in progress; servers send the created link.
    response: linkSchema(),
  }),
});

export const linksDelete = defineEndpoint({
  id: 'links.delete',
  section: 'Links',
  title: 'Delete Link',
  method: 'DELETE',
  path: '/node/api/links/:id',
  permissions: 'linkPermissions & (delete-links | manage-links)',
  permissionsSource: 'sibling',
  provenance: 'inferred',
  bodyKind: 'none',
  responseKind: 'json',
  schemas: () => ({
    path: z.object({ id: pathParam() }),
    response: z.unknown(),
  }),
});

export const linksDeleteDocument = defineEndpoint({
  id: 'links.deleteDocument',
  section: 'Links',
  title: "Delete Link's Document",
  method: 'DELETE',
  path: '/node/api/links/:link_id/docs/:doc_id',
  permissions: 'delete-documents | manage-documents | manage-links',
  permissionsSource: 'sibling',
  provenance: 'inferred',
  bodyKind: 'none',
  responseKind: 'json',
  schemas: () => ({
    path: z.object({ id: pathParam(), docId: pathParam() }),
    response: z.unknown(),
  }),
});

export const linksDeleteStateConditions = defineEndpoint({
  id: 'links.deleteStateConditions',
  section: 'Links',
  title: "Delete Link's State Conditions",
  method: 'DELETE',
  path: '/node/api/links/:id/state-conditions',
  permissions: 'linkPermissions & (modify-links | manage-links)',
  permissionsSource: 'sibling',
  provenance: 'inferred',
  bodyKind: 'none',
  responseKind: 'json',
  schemas: () => ({
    path: z.object({ id: pathParam() }),
    response: z.unknown(),
  }),
});

export const linksGet = defineEndpoint({
  id: 'links.get',
  section: 'Links',
  title: 'Get Link by ID',
  method: 'GET',
  path: '/node/api/links/:id',
  permissions: '',
  provenance: 'documented',
  bodyKind: 'none',
  responseKind: 'json',
  schemas: () => ({
    path: z.object({ id: pathParam() }),
    query: z.optional(z.looseObject({ fields: z.optional(commaList()) })),
    response: linkSchema(),
    fields: linkSchema(),
  }),
});

export const linksGetDocument = defineEndpoint({
  id: 'links.getDocument',
  section: 'Links',
  title: "Get Link's Document",
  method: 'GET',
  path: '/node/api/links/:link_id/docs/:doc_id',
  permissions: '',
  provenance: 'documented',
  bodyKind: 'none',
  responseKind: 'json',
  schemas: () => ({
    path: z.object({ id: pathParam(), docId: pathParam() }),
    response: documentSchema(),
  }),
});

export const linksHistory = defineEndpoint({
  id: 'links.history',
  section: 'Links',
  title: "Get Link's Metrics History",
  method: 'GET',
  path: '/node/api/links/:id/history',
  permissions: 'linkPermissions',
  provenance: 'documented',
  bodyKind: 'none',
  responseKind: 'json',
  schemas: () => ({
    path: z.object({ id: pathParam() }),
    query: z
      .looseObject({
        ...metricsParams(),
        from: timeBound(),
        to: z.optional(timeBound()),
        timezone: z.optional(z.string()),
        /** `1m-avg`, `1h-max`, ... or `all-avg|min|max|sum|dev` for one aggregate point. */
        downsample: z.optional(z.string()),
      })
      .check(requireMetrics()),
    response: z.array(metricSeriesSchema()),
  }),
});

export const linksIncidentConditions = defineEndpoint({
  id: 'links.incidentConditions',
  section: 'Links',
  title: "Get Link's Incident Conditions",
  method: 'GET',
  path: '/node/api/links/:id/incident-conditions',
  permissions: 'linkPermissions & (modify-links | manage-links)',
  provenance: 'documented',
  bodyKind: 'none',
  responseKind: 'json',
  schemas: () => ({
    path: z.object({ id: pathParam() }),
    response: z.array(incidentConditionSchema()),
  }),
});

export const linksLastMetrics = defineEndpoint({
  id: 'links.lastMetrics',
  section: 'Links',
  title: "Get Link's N Last Metrics",
  method: 'GET',
  path: '/node/api/links/:id/last',
  permissions: 'linkPermissions',
  provenance: 'documented',
  bodyKind: 'none',
  responseKind: 'json',
  schemas: () => ({
    path: z.object({ id: pathParam() }),
    query: z.looseObject({ ...metricsParams(), length: z.optional(int()) }).check(requireMetrics()),
    // The docs print the empty answer for an unknown metric as one series object, not an array.
    response: z.union([z.array(metricSeriesSchema()), metricSeriesSchema()]),
  }),
});

export const linksList = defineEndpoint({
  id: 'links.list',
  section: 'Links',
  title: 'Get All Links',
  method: 'GET',
  path: '/node/api/links',
  permissions: 'linkPermissions',
  provenance: 'documented',
  bodyKind: 'none',
  responseKind: 'json',
  schemas: () => ({
    query: z.optional(z.looseObject({ fields: z.optional(commaList()) })),
    response: z.array(linkListItemSchema()),
    fields: linkSchema(),
  }),
});

export const linksMetricNames = defineEndpoint({
  id: 'links.metricNames',
  section: 'Links',
  title: "Get Link's Stat Metrics",
  method: 'GET',
  path: '/node/api/links/:id/stat/metrics',
  permissions: 'linkPermissions',
  provenance: 'documented',
  bodyKind: 'none',
  responseKind: 'json',
  schemas: () => ({
    path: z.object({ id: pathParam() }),
    response: z.array(z.string()),
  }),
});

export const linksPaths = defineEndpoint({
  id: 'links.paths',
  section: 'Links',
  title: "Get Link's Parent Paths",
  method: 'GET',
  path: '/node/api/links/:id/paths',
  permissions: '',
  provenance: 'documented',
  bodyKind: 'none',
  responseKind: 'json',
  schemas: () => ({
    path: z.object({ id: pathParam() }),
    query: z.optional(z.looseObject({ fields: z.optional(commaList()) })),
    response: z.looseObject({
      paths: opt(z.array(z.array(z.string()))),
      // objects with the default path fields, or the requested ones
      objects: opt(z.array(z.partial(objectSchema()))),
    }),
  }),
});

export const linksSetIncidentConditions = defineEndpoint({
  id: 'links.setIncidentConditions',
  section: 'Links',
  title: "Set Link's Incident Conditions",
  method: 'PUT',
  path: '/node/api/links/:id/incident-conditions',
  permissions: 'linkPermissions & (modify-links | manage-links)',
  provenance: 'documented',
  bodyKind: 'json',
  responseKind: 'json',
  schemas: () => ({
    path: z.object({ id: pathParam() }),
    body: z.array(incidentConditionInputSchema()),
    // Documented as "the added incident condition" although the request is an array.
    response: z.union([incidentConditionSchema(), z.array(incidentConditionSchema())]),
  }),
});

export const linksSetManualState = defineEndpoint({
  id: 'links.setManualState',
  section: 'Links',
  title: "Set Link's Manual State",
  method: 'PUT',
  path: '/node/api/links/:id/manual-state',
  permissions: 'linkPermissions & (modify-links | manage-links)',
  provenance: 'documented',
  bodyKind: 'json',
  responseKind: 'json',
  schemas: () => ({
    path: z.object({ id: pathParam() }),
    body: z.looseObject({
      // Documented as required, but not needed with `clear: true`.
      stateId: z.optional(id()),
      // Typed String in the docs; the examples send a boolean.
      clear: z.optional(flag()),
      since: z.optional(timestamp()),
      until: z.optional(timestamp()),
      /** Older docs' name for `until`. */
      by: z.optional(timestamp()),
      clearedByState: z.optional(z.array(id())),
      // Typed Boolean in the docs; the examples send text.
      reason: z.optional(z.union([z.string(), z.boolean()])),
    }),
    response: linkSchema(),
  }),
});

export const linksSetStat = defineEndpoint({
  id: 'links.setStat',
  section: 'Links',
  title: "Set Link's Stat",
  method: 'POST',
  path: '/node/api/links/:id/stat',
  permissions: 'linkPermissions & (modify-links | manage-links)',
  permissionsSource: 'sibling',
  provenance: 'documented',
  bodyKind: 'json',
  responseKind: 'empty',
  schemas: () => ({ path: z.object({ id: pathParam() }), body: anyObject() }),
});

export const linksSetStatMeta = defineEndpoint({
  id: 'links.setStatMeta',
  section: 'Links',
  title: "Set Link's Stat Metadata",
  method: 'POST',
  path: '/node/api/links/:id/stat/meta',
  permissions: 'linkPermissions + (modify-links | manage-links)',
  provenance: 'documented',
  // sets the metadata of the fields given
  idempotent: true,
  bodyKind: 'json',
  responseKind: 'empty',
  // e.g. { packetsTransmitted: { changeRate: 'ALWAYS' } }; groups nest ({ cpu: { user: { type, changeRate } } }).
  schemas: () => ({ path: z.object({ id: pathParam() }), body: anyObject() }),
});

export const linksSetState = defineEndpoint({
  id: 'links.setState',
  section: 'Links',
  title: "Set Link's State",
  method: 'PUT',
  path: '/node/api/links/:id/state',
  permissions: 'linkPermissions & (modify-links | manage-links)',
  provenance: 'documented',
  bodyKind: 'json',
  responseKind: 'json',
  schemas: () => ({
    path: z.object({ id: pathParam() }),
    body: z.looseObject({ state_id: id() }),
    response: linkSchema(),
  }),
});

export const linksSetStateConditions = defineEndpoint({
  id: 'links.setStateConditions',
  section: 'Links',
  title: "Set Link's State Conditions",
  method: 'PUT',
  path: '/node/api/links/:id/state-conditions',
  permissions: 'linkPermissions & (modify-links | manage-links)',
  provenance: 'documented',
  bodyKind: 'json',
  responseKind: 'empty',
  schemas: () => ({
    path: z.object({ id: pathParam() }),
    body: z.array(stateConditionInputSchema()),
  }),
});

export const linksSetStateTriggers = defineEndpoint({
  id: 'links.setStateTriggers',
  section: 'Links',
  title: "Set Link's State Triggers",
  method: 'PUT',
  path: '/node/api/links/:id/state-triggers',
  permissions: 'linkPermissions & (modify-links | manage-links)',
  permissionsSource: 'sibling',
  provenance: 'inferred',
  bodyKind: 'json',
  responseKind: 'json',
  schemas: () => ({
    path: z.object({ id: pathParam() }),
    body: z.array(stateTriggerInputSchema()),
    response: z.unknown(),
  }),
});

export const linksStat = defineEndpoint({
  id: 'links.stat',
  section: 'Links',
  title: "Get Link's Stat",
  method: 'GET',
  path: '/node/api/links/:id/stat',
  permissions: 'linkPermissions',
  provenance: 'documented',
  bodyKind: 'none',
  responseKind: 'json',
  schemas: () => ({
    path: z.object({ id: pathParam() }),
    response: statSchema(),
  }),
});

export const linksStatMeta = defineEndpoint({
  id: 'links.statMeta',
  section: 'Links',
  title: "Get Link's Stat Metadata",
  method: 'GET',
  path: '/node/api/links/:id/stat/meta',
  permissions: 'linkPermissions',
  provenance: 'documented',
  bodyKind: 'none',
  responseKind: 'json',
  schemas: () => ({
    path: z.object({ id: pathParam() }),
    // The link page is work in progress; this is the documented object answer. Each data field
    // adds a `{ type, changeRate }` entry (nested like the data), kept as unknown fields.
    response: z.looseObject({
      entityId: opt(idOut()),
      entityType: opt(intOut()),
      taskType: opt(z.string()),
      period: opt(z.number()),
      timestamp: opt(z.number()),
      agentId: opt(z.string()),
      agentVersion: opt(z.string()),
      agentBuild: opt(z.string()),
    }),
  }),
});

export const linksStateConditions = defineEndpoint({
  id: 'links.stateConditions',
  section: 'Links',
  title: "Get Link's State Conditions",
  method: 'GET',
  path: '/node/api/links/:id/state-conditions',
  permissions: 'linkPermissions & (modify-links | manage-links)',
  provenance: 'documented',
  bodyKind: 'none',
  responseKind: 'json',
  schemas: () => ({
    path: z.object({ id: pathParam() }),
    response: z.array(stateConditionSchema()),
  }),
});

export const linksStateConditionsExist = defineEndpoint({
  id: 'links.stateConditionsExist',
  section: 'Links',
  title: "Check If Link's State Conditions Exist",
  method: 'GET',
  path: '/node/api/links/:id/state-conditions/exists',
  permissions: 'linkPermissions & (modify-links | manage-links)',
  provenance: 'documented',
  bodyKind: 'none',
  // The body is the bare literal `true` or `false`, which is JSON.
  responseKind: 'json',
  schemas: () => ({
    path: z.object({ id: pathParam() }),
    response: z.boolean(),
  }),
});

export const linksStateHistory = defineEndpoint({
  id: 'links.stateHistory',
  section: 'Links',
  title: "Get Link's State History",
  method: 'GET',
  path: '/node/api/links/:id/state-history',
  permissions: 'linkPermissions',
  provenance: 'documented',
  bodyKind: 'none',
  responseKind: 'json',
  schemas: () => ({
    path: z.object({ id: pathParam() }),
    query: z.optional(
      z.looseObject({
        from: z.optional(timestamp()),
        to: z.optional(timestamp()),
        skip: z.optional(int()),
        limit: z.optional(int()),
      }),
    ),
    response: z.array(stateHistorySchema()),
  }),
});

export const linksStateTriggers = defineEndpoint({
  id: 'links.stateTriggers',
  section: 'Links',
  title: "Get Link's State Triggers",
  method: 'GET',
  path: '/node/api/links/:id/state-triggers',
  permissions: 'linkPermissions & (modify-links | manage-links)',
  provenance: 'documented',
  bodyKind: 'none',
  responseKind: 'json',
  schemas: () => ({
    path: z.object({ id: pathParam() }),
    // A link whose trigger list was emptied answers 200 with no body; one that never had triggers answers 404.
    response: z.optional(z.array(stateTriggerSchema())),
  }),
});

export const linksUpdate = defineEndpoint({
  id: 'links.update',
  section: 'Links',
  title: 'Update Link',
  method: 'PATCH',
  path: '/node/api/links/:id',
  permissions: 'linkPermissions & (modify-links | manage-links)',
  provenance: 'documented',
  bodyKind: 'json',
  responseKind: 'json',
  schemas: () => ({
    path: z.object({ id: pathParam() }),
    // Any Link field; `weight` is a number in the docs and a string in their curl sample.
    body: z.looseObject({
      name: z.optional(z.string()),
      weight: z.optional(int()),
      client_data: z.optional(z.string()),
    }),
    response: linkSchema(),
  }),
});
