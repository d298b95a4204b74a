import * as z from 'zod/mini';
import { defineEndpoint } from '../contract/define.ts';
import { metricSeriesSchema } from '../models/metric-series.ts';
import { metricTokenSchema } from '../models/metric-token.ts';
import { anyObject, int, metricsParams, opt, pathParam, timeBound } from '../schema/conventions.ts';
import { secret } from '../schema/marks.ts';

export const metricTokensCreate = defineEndpoint({
  id: 'metricTokens.create',
  section: 'Metric Tokens',
  title: 'Create Metric Token',
  method: 'POST',
  path: '/node/api/metric-token',
  permissions: 'modify-objects | manage-objects',
  permissionsSource: 'sibling',
  provenance: 'documented',
  bodyKind: 'json',
  responseKind: 'json',
  schemas: () => ({
    body: z.looseObject({
      metric: z.optional(z.string()),
      entityId: z.optional(z.string()),
      /** 1 object, 2 link; the oldest docs send it as a string ("1"). */
      entityType: z.optional(int()),
    }),
    // The request echoed back, plus the token as `id`.
    response: metricTokenSchema(),
  }),
});

export const metricTokensDelete = defineEndpoint({
  id: 'metricTokens.delete',
  section: 'Metric Tokens',
  title: 'Delete Metric Token',
  method: 'DELETE',
  path: '/node/api/metric-token/:id',
  permissions: 'modify-objects | manage-objects',
  permissionsSource: 'sibling',
  provenance: 'inferred',
  bodyKind: 'none',
  responseKind: 'json',
  schemas: () => ({
    path: z.object({ id: secret(pathParam()) }),
    response: z.unknown(),
  }),
});

export const metricTokensHistory = defineEndpoint({
  id: 'metricTokens.history',
  section: 'Metric Tokens',
  title: 'Get Entity History Data',
  method: 'GET',
  path: '/node/api/metric-token/:id/history',
  permissions: '',
  provenance: 'documented',
  bodyKind: 'none',
  responseKind: 'json',
  // The curl sample sends Basic auth, but token reads need none (the token is the credential).
  auth: false,
  schemas: () => ({
    path: z.object({ id: secret(pathParam()) }),
    query: z.optional(
      z.looseObject({
        /** Window length ending now, in ms (the only documented parameter). */
        duration: z.optional(int()),
        // The history engine's parameters, as real clients use them on entity history.
        from: z.optional(timeBound()),
        to: z.optional(timeBound()),
        /** `5m-avg`, `1h-max`, ... or `all-avg|min|max|sum|dev` for one aggregate point. */
        downsample: z.optional(z.string()),
        ...metricsParams(),
      }),
    ),
    response: z.array(metricSeriesSchema()),
  }),
});

export const metricTokensStat = defineEndpoint({
  id: 'metricTokens.stat',
  section: 'Metric Tokens',
  title: 'Get Entity Stat',
  method: 'GET',
  path: '/node/api/metric-token/:id/stat',
  permissions: '',
  provenance: 'documented',
  bodyKind: 'none',
  responseKind: 'json',
  auth: false,
  schemas: () => ({
    path: z.object({ id: secret(pathParam()) }),
    response: z.extend(metricTokenSchema(), {
      // Typed Object in the docs; stat metadata elsewhere uses strings (PERCENTILE, ALWAYS).
      metricStatMeta: opt(
        z.looseObject({
          type: opt(z.union([z.string(), anyObject()])),
          changeRate: opt(z.union([z.string(), anyObject()])),
        }),
      ),
      /** The metric's current value (a number, or a group of values). */
      value: opt(z.unknown()),
    }),
  }),
});
