import * as z from 'zod/mini';
import { id, int, maybe } from '../schema/conventions.ts';
import { lazy } from '../schema/lazy.ts';

/** A token that gives read access to one metric of an entity without credentials. Unknown fields are kept. */
export const metricTokenSchema = lazy(() =>
  z.looseObject({
    id: maybe(id()),
    entityId: maybe(id()),
    /** 1 object, 2 link (sent as a string by some docs). */
    entityType: maybe(int()),
    metric: maybe(z.string()),
  }),
);

export type MetricToken = z.output<ReturnType<typeof metricTokenSchema>>;
