import * as z from 'zod/mini';
import { idOut, intOut, opt } from '../schema/conventions.ts';
import type { Known } from '../schema/known.ts';
import { lazy } from '../schema/lazy.ts';
import { secret } from '../schema/marks.ts';

/** A token that gives read access to one metric of an entity without credentials. Unknown fields are kept. */
export const metricTokenSchema = lazy(() =>
  z.looseObject({
    /** The token itself: whoever knows it reads the metric without credentials. */
    id: opt(secret(idOut())),
    entityId: opt(idOut()),
    /** 1 object, 2 link (sent as a string by some docs). */
    entityType: opt(intOut()),
    metric: opt(z.string()),
  }),
);

export type MetricToken = Known<z.output<ReturnType<typeof metricTokenSchema>>>;
