import * as z from 'zod/mini';
import { maybe } from '../schema/conventions.ts';
import { lazy } from '../schema/lazy.ts';

/**
 * One series of a metrics-history answer (`/history`, `/last`). `tags.entity` names the entity
 * with a kind prefix (`obj<id>`); `dps` holds `[ms, value]` pairs. Unknown fields are kept.
 */
export const metricSeriesSchema = lazy(() =>
  z.looseObject({
    metric: maybe(z.string()),
    tags: maybe(z.looseObject({ entity: maybe(z.string()) })),
    aggregateTags: maybe(z.array(z.string())),
    dps: maybe(z.array(z.tuple([z.number(), z.nullable(z.number())]))),
  }),
);

export type MetricSeries = z.output<ReturnType<typeof metricSeriesSchema>>;
