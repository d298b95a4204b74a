import * as z from 'zod/mini';
import { opt, pointsOut } from '../schema/conventions.ts';
import type { Known } from '../schema/known.ts';
import { lazy } from '../schema/lazy.ts';

/**
 * One series of a metrics-history answer (`/history`, `/last`). `tags.entity` names the entity
 * with a kind prefix (`obj<id>`); `dps` holds `[ms, value]` pairs (a `{ "<ms>": value }` map some servers answer is turned into
 * pairs). Unknown fields are kept.
 */
export const metricSeriesSchema = lazy(() =>
  z.looseObject({
    metric: opt(z.string()),
    tags: opt(z.looseObject({ entity: opt(z.string()) })),
    aggregateTags: opt(z.array(z.string())),
    dps: opt(pointsOut()),
  }),
);

export type MetricSeries = Known<z.output<ReturnType<typeof metricSeriesSchema>>>;
