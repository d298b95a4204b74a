import * as z from 'zod/mini';
import { anyObject, id, maybe } from '../schema/conventions.ts';
import { lazy } from '../schema/lazy.ts';

/** SAYMON Widget. Unknown fields are kept. */
export const widgetSchema = lazy(() =>
  z.looseObject({
    id: maybe(id()),
    type: maybe(z.string()),
    parameters: maybe(
      z.looseObject({
        bindPeriod: maybe(z.string()),
        customAvgPeriod: maybe(
          z.looseObject({
            from: maybe(z.number()),
            to: maybe(z.number()),
          }),
        ),
        dictionary: maybe(z.union([z.string(), anyObject()])),
        entity: maybe(z.string()),
        fontSize: maybe(z.number()),
        humanReadable: maybe(z.boolean()),
        metric: maybe(z.string()),
        metricAvg: maybe(z.string()),
        metricCaption: maybe(z.string()),
        multiline: maybe(z.boolean()),
        periodAvg: maybe(z.string()),
        position: maybe(
          z.looseObject({
            height: maybe(z.number()),
            width: maybe(z.number()),
          }),
        ),
        showBefore: maybe(z.boolean()),
        showBeforeTimes: maybe(z.number()),
        showName: maybe(z.boolean()),
        theme: maybe(z.string()),
      }),
    ),
  }),
);

export type Widget = z.output<ReturnType<typeof widgetSchema>>;
