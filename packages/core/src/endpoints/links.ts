import * as z from 'zod/mini';
import { incidentConditionSchema } from '../models/incident-condition.ts';
import { linkSchema } from '../models/link.ts';
import { objectSchema } from '../models/object.ts';
import { statSchema } from '../models/stat.ts';
import { stateHistorySchema } from '../models/state-history.ts';
import { defineEndpoint } from '../registry/define.ts';
import { anyObject, commaList, id, int, maybe, pathParam, timeBound } from '../schema/conventions.ts';

export const linksAddDocument = defineEndpoint({
  id: 'links.addDocument',
  section: "Links",
  title: "Add Document to Link",
  summary: "Attaches a web link or an uploaded file to a link as a document.",
  method: 'POST',
  path: '/node/api/links/:id/docs',
  permissions: "upload-documents | create-documents | manage-documents | manage-links",
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

export const linksCreate = defineEndpoint({
  id: 'links.create',
  section: "Links",
  title: "Create Link",
  summary: "Creates a link between a source and a target object and returns it.",
  method: 'POST',
  path: '/node/api/links',
  permissions: "create-links | manage-links",
  provenance: 'documented',
  bodyKind: 'json',
  responseKind: 'json',
  schemas: () => ({
    body: z.looseObject({
      source: z.string(),
      target: z.string(),
    }),
    response: z.unknown(),
  }),
});

export const linksDelete = defineEndpoint({
  id: 'links.delete',
  section: "Links",
  title: "Delete Link",
  summary: "Not found in the stored documentation; method and path follow the pattern of its documented siblings.",
  method: 'DELETE',
  path: '/node/api/links/:id',
  permissions: "",
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
  section: "Links",
  title: "Delete Link's Document",
  summary: "Not found in the stored documentation; method and path follow the pattern of its documented siblings.",
  method: 'DELETE',
  path: '/node/api/links/:link_id/docs/:doc_id',
  permissions: "",
  provenance: 'inferred',
  bodyKind: 'none',
  responseKind: 'json',
  schemas: () => ({
    path: z.object({ link_id: pathParam(), doc_id: pathParam() }),
    response: z.unknown(),
  }),
});

export const linksDeleteStateConditions = defineEndpoint({
  id: 'links.deleteStateConditions',
  section: "Links",
  title: "Delete Link's State Conditions",
  summary: "Not found in the stored documentation; method and path follow the pattern of its documented siblings.",
  method: 'DELETE',
  path: '/node/api/links/:id/state-conditions',
  permissions: "",
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
  section: "Links",
  title: "Get Link by ID",
  summary: "Fetches one link by its ID.",
  method: 'GET',
  path: '/node/api/links/:id',
  permissions: "",
  provenance: 'documented',
  bodyKind: 'none',
  responseKind: 'json',
  schemas: () => ({
    path: z.object({ id: pathParam() }),
    query: z.optional(z.looseObject({
      fields: z.optional(commaList()),
    })),
    response: linkSchema(),
  }),
});

export const linksGetDocument = defineEndpoint({
  id: 'links.getDocument',
  section: "Links",
  title: "Get Link's Document",
  summary: "Returns the description of one document attached to a link.",
  method: 'GET',
  path: '/node/api/links/:link_id/docs/:doc_id',
  permissions: "",
  provenance: 'documented',
  bodyKind: 'none',
  responseKind: 'json',
  schemas: () => ({
    path: z.object({ link_id: pathParam(), doc_id: pathParam() }),
    response: z.looseObject({
      id: maybe(id()),
      type_id: maybe(id()),
      name: maybe(z.string()),
      value: maybe(z.string()),
    }),
  }),
});

export const linksHistory = defineEndpoint({
  id: 'links.history',
  section: "Links",
  title: "Get Link's Metrics History",
  summary: "Returns time series of selected metrics of a link for a time range.",
  method: 'GET',
  path: '/node/api/links/:id/history',
  permissions: "linkPermissions",
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

export const linksIncidentConditions = defineEndpoint({
  id: 'links.incidentConditions',
  section: "Links",
  title: "Get Link's Incident Conditions",
  summary: "Returns the incident conditions configured on a link.",
  method: 'GET',
  path: '/node/api/links/:id/incident-conditions',
  permissions: "linkPermissions & (modify-links | manage-links)",
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
  section: "Links",
  title: "Get Link's N Last Metrics",
  summary: "Returns the most recent N data points of selected metrics of a link.",
  method: 'GET',
  path: '/node/api/links/:id/last',
  permissions: "linkPermissions",
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

export const linksList = defineEndpoint({
  id: 'links.list',
  section: "Links",
  title: "Get All Links",
  summary: "Lists every link, returning a default subset of fields unless specific fields are requested.",
  method: 'GET',
  path: '/node/api/links',
  permissions: "linkPermissions",
  provenance: 'documented',
  bodyKind: 'none',
  responseKind: 'json',
  schemas: () => ({
    query: z.optional(z.looseObject({
      fields: z.optional(commaList()),
    })),
    response: z.array(linkSchema()),
  }),
});

export const linksMetricNames = defineEndpoint({
  id: 'links.metricNames',
  section: "Links",
  title: "Get Link's Stat Metrics",
  summary: "Lists the names of the numeric metrics available in a link's agent data.",
  method: 'GET',
  path: '/node/api/links/:id/stat/metrics',
  permissions: "linkPermissions",
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
  section: "Links",
  title: "Get Link's Parent Paths",
  summary: "Returns the parent chain(s) from a link's source object up to the root.",
  method: 'GET',
  path: '/node/api/links/:id/paths',
  permissions: "",
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

export const linksSetIncidentConditions = defineEndpoint({
  id: 'links.setIncidentConditions',
  section: "Links",
  title: "Set Link's Incident Conditions",
  summary: "Sets incident conditions on a link and returns what was added.",
  method: 'PUT',
  path: '/node/api/links/:id/incident-conditions',
  permissions: "linkPermissions & (modify-links | manage-links)",
  provenance: 'documented',
  bodyKind: 'json',
  responseKind: 'json',
  schemas: () => ({
    path: z.object({ id: pathParam() }),
    body: z.array(z.looseObject({
      condition: maybe(anyObject()),
      state: maybe(id()),
    })),
    response: incidentConditionSchema(),
  }),
});

export const linksSetManualState = defineEndpoint({
  id: 'links.setManualState',
  section: "Links",
  title: "Set Link's Manual State",
  summary: "Sets or clears a manually imposed state on a link, optionally for a time window, and returns the link.",
  method: 'PUT',
  path: '/node/api/links/:id/manual-state',
  permissions: "linkPermissions & (modify-links | manage-links)",
  provenance: 'documented',
  bodyKind: 'json',
  responseKind: 'json',
  schemas: () => ({
    path: z.object({ id: pathParam() }),
    body: z.looseObject({
      stateId: id(),
      clear: maybe(z.string()),
      until: maybe(int()),
      clearedByState: maybe(z.array(z.unknown())),
      reason: maybe(z.boolean()),
      since: maybe(int()),
    }),
    response: linkSchema(),
  }),
});

export const linksSetStat = defineEndpoint({
  id: 'links.setStat',
  section: "Links",
  title: "Set Link's Stat",
  summary: "Pushes monitoring data (stat) for a link as if sent by an agent.",
  method: 'POST',
  path: '/node/api/links/:id/stat',
  permissions: "linkPermissions",
  provenance: 'documented',
  bodyKind: 'json',
  responseKind: 'empty',
  schemas: () => ({
    path: z.object({ id: pathParam() }),
    body: z.optional(z.looseObject({})),
  }),
});

export const linksSetStatMeta = defineEndpoint({
  id: 'links.setStatMeta',
  section: "Links",
  title: "Set Link's Stat Metadata",
  summary: "Writes metadata (e.g. change rate) for stat fields of a link.",
  method: 'POST',
  path: '/node/api/links/:id/stat/meta',
  permissions: "linkPermissions + (modify-links | manage-links)",
  provenance: 'documented',
  bodyKind: 'json',
  responseKind: 'empty',
  schemas: () => ({
    path: z.object({ id: pathParam() }),
    body: z.optional(z.looseObject({})),
  }),
});

export const linksSetState = defineEndpoint({
  id: 'links.setState',
  section: "Links",
  title: "Set Link's State",
  summary: "Forces a link into the given state and returns the link.",
  method: 'PUT',
  path: '/node/api/links/:id/state',
  permissions: "linkPermissions & (modify-links | manage-links)",
  provenance: 'documented',
  bodyKind: 'json',
  responseKind: 'json',
  schemas: () => ({
    path: z.object({ id: pathParam() }),
    body: z.looseObject({
      state_id: id(),
    }),
    response: linkSchema(),
  }),
});

export const linksSetStateConditions = defineEndpoint({
  id: 'links.setStateConditions',
  section: "Links",
  title: "Set Link's State Conditions",
  summary: "Replaces the state-change conditions of a link.",
  method: 'PUT',
  path: '/node/api/links/:id/state-conditions',
  permissions: "linkPermissions & (modify-links | manage-links)",
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

export const linksSetStateTriggers = defineEndpoint({
  id: 'links.setStateTriggers',
  section: "Links",
  title: "Set Link's State Triggers",
  summary: "Not found in the stored documentation; method and path follow the pattern of its documented siblings.",
  method: 'PUT',
  path: '/node/api/links/:id/state-triggers',
  permissions: "",
  provenance: 'inferred',
  bodyKind: 'json',
  responseKind: 'json',
  schemas: () => ({
    path: z.object({ id: pathParam() }),
    body: z.optional(z.looseObject({})),
    response: z.unknown(),
  }),
});

export const linksStat = defineEndpoint({
  id: 'links.stat',
  section: "Links",
  title: "Get Link's Stat",
  summary: "Returns the latest monitoring data (stat) stored for a link.",
  method: 'GET',
  path: '/node/api/links/:id/stat',
  permissions: "linkPermissions",
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
  section: "Links",
  title: "Get Link's Stat Metadata",
  summary: "Returns metadata describing the stat fields of a link.",
  method: 'GET',
  path: '/node/api/links/:id/stat/meta',
  permissions: "linkPermissions",
  provenance: 'documented',
  bodyKind: 'none',
  responseKind: 'json',
  schemas: () => ({
    path: z.object({ id: pathParam() }),
    response: z.unknown(),
  }),
});

export const linksStateConditions = defineEndpoint({
  id: 'links.stateConditions',
  section: "Links",
  title: "Get Link's State Conditions",
  summary: "Returns the state-change conditions configured on a link.",
  method: 'GET',
  path: '/node/api/links/:id/state-conditions',
  permissions: "linkPermissions & (modify-links | manage-links)",
  provenance: 'documented',
  bodyKind: 'none',
  responseKind: 'json',
  schemas: () => ({
    path: z.object({ id: pathParam() }),
    response: z.array(z.unknown()),
  }),
});

export const linksStateConditionsExist = defineEndpoint({
  id: 'links.stateConditionsExist',
  section: "Links",
  title: "Check If Link's State Conditions Exist",
  summary: "Tells whether a link has its own state conditions (true/false).",
  method: 'GET',
  path: '/node/api/links/:id/state-conditions/exists',
  permissions: "linkPermissions & (modify-links | manage-links)",
  provenance: 'documented',
  bodyKind: 'none',
  responseKind: 'text',
  schemas: () => ({
    path: z.object({ id: pathParam() }),
    response: z.string(),
  }),
});

export const linksStateHistory = defineEndpoint({
  id: 'links.stateHistory',
  section: "Links",
  title: "Get Link's State History",
  summary: "Returns the list of states a link went through.",
  method: 'GET',
  path: '/node/api/links/:id/state-history',
  permissions: "linkPermissions",
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

export const linksStateTriggers = defineEndpoint({
  id: 'links.stateTriggers',
  section: "Links",
  title: "Get Link's State Triggers",
  summary: "Returns the actions fired when a link enters given states.",
  method: 'GET',
  path: '/node/api/links/:id/state-triggers',
  permissions: "linkPermissions & (modify-links | manage-links)",
  provenance: 'documented',
  bodyKind: 'none',
  responseKind: 'json',
  schemas: () => ({
    path: z.object({ id: pathParam() }),
    response: z.array(z.unknown()),
  }),
});

export const linksUpdate = defineEndpoint({
  id: 'links.update',
  section: "Links",
  title: "Update Link",
  summary: "Changes fields of a link and returns it.",
  method: 'PATCH',
  path: '/node/api/links/:id',
  permissions: "linkPermissions & (modify-links | manage-links)",
  provenance: 'documented',
  bodyKind: 'json',
  responseKind: 'json',
  schemas: () => ({
    path: z.object({ id: pathParam() }),
    body: z.optional(z.looseObject({})),
    response: linkSchema(),
  }),
});
