import * as z from 'zod/mini';
import { defineEndpoint } from '../registry/define.ts';
import { anyObject, id, int, maybe, pathParam } from '../schema/conventions.ts';

export const metricTokensCreate = defineEndpoint({
  id: 'metricTokens.create',
  section: "Metric Tokens",
  title: "Create Metric Token",
  summary: "Creates a token that lets one metric of an object or link be read without authentication.",
  method: 'POST',
  path: '/node/api/metric-token',
  permissions: "",
  provenance: 'documented',
  bodyKind: 'json',
  responseKind: 'json',
  schemas: () => ({
    body: z.optional(z.looseObject({
      metric: maybe(z.string()),
      entityId: maybe(id()),
      entityType: maybe(id()),
    })),
    response: z.looseObject({
      entityId: maybe(id()),
      entityType: maybe(id()),
      metric: maybe(z.string()),
      id: maybe(id()),
    }),
  }),
});

export const metricTokensDelete = defineEndpoint({
  id: 'metricTokens.delete',
  section: "Metric Tokens",
  title: "Delete Metric Token",
  summary: "Not found in the stored documentation; method and path follow the pattern of its documented siblings.",
  method: 'DELETE',
  path: '/node/api/metric-token/:id',
  permissions: "",
  provenance: 'inferred',
  bodyKind: 'none',
  responseKind: 'json',
  schemas: () => ({
    path: z.object({ id: pathParam() }),
    response: z.unknown(),
  }),
});

export const metricTokensHistory = defineEndpoint({
  id: 'metricTokens.history',
  section: "Metric Tokens",
  title: "Get Entity History Data",
  summary: "Returns the time series of the metric bound to a metric token for the last given number of milliseconds.",
  method: 'GET',
  path: '/node/api/metric-token/:id/history',
  permissions: "",
  provenance: 'documented',
  bodyKind: 'none',
  responseKind: 'json',
  auth: false,
  schemas: () => ({
    path: z.object({ id: pathParam() }),
    query: z.optional(z.looseObject({
      duration: z.optional(int()),
    })),
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

export const metricTokensStat = defineEndpoint({
  id: 'metricTokens.stat',
  section: "Metric Tokens",
  title: "Get Entity Stat",
  summary: "Reads the current value of the metric bound to a metric token, without credentials.",
  method: 'GET',
  path: '/node/api/metric-token/:id/stat',
  permissions: "",
  provenance: 'documented',
  bodyKind: 'none',
  responseKind: 'json',
  auth: false,
  schemas: () => ({
    path: z.object({ id: pathParam() }),
    response: z.looseObject({
      id: maybe(id()),
      entityId: maybe(id()),
      entityType: maybe(id()),
      metric: maybe(z.string()),
      metricStatMeta: maybe(z.looseObject({
        type: maybe(anyObject()),
        changeRate: maybe(anyObject()),
      })),
      value: maybe(anyObject()),
    }),
  }),
});
