import * as z from 'zod/mini';
import { id, maybe } from '../schema/conventions.ts';
import { lazy } from '../schema/lazy.ts';

/** SAYMON Metric Token. Unknown fields are kept. */
export const metricTokenSchema = lazy(() =>
  z.looseObject({
    id: maybe(id()),
    entityId: maybe(id()),
    entityType: maybe(id()),
    metric: maybe(z.string()),
  }),
);

export type MetricToken = z.output<ReturnType<typeof metricTokenSchema>>;
