import * as z from 'zod/mini';
import { anyObject, idOut, opt } from '../schema/conventions.ts';
import type { Known } from '../schema/known.ts';
import { lazy } from '../schema/lazy.ts';

/** SAYMON Widget. Unknown fields are kept. */
export const widgetSchema = lazy(() =>
  z.looseObject({
    id: opt(idOut()),
    type: opt(z.string()),
    parameters: opt(
      z.looseObject({
        bindPeriod: opt(z.string()),
        customAvgPeriod: opt(
          z.looseObject({
            from: opt(z.number()),
            to: opt(z.number()),
          }),
        ),
        dictionary: opt(z.union([z.string(), anyObject()])),
        entity: opt(z.string()),
        fontSize: opt(z.number()),
        humanReadable: opt(z.boolean()),
        metric: opt(z.string()),
        metricAvg: opt(z.string()),
        metricCaption: opt(z.string()),
        multiline: opt(z.boolean()),
        periodAvg: opt(z.string()),
        position: opt(
          z.looseObject({
            height: opt(z.number()),
            width: opt(z.number()),
          }),
        ),
        showBefore: opt(z.boolean()),
        showBeforeTimes: opt(z.number()),
        showName: opt(z.boolean()),
        theme: opt(z.string()),
      }),
    ),
  }),
);

export type Widget = Known<z.output<ReturnType<typeof widgetSchema>>>;
