import * as z from 'zod/mini';
import { idOut, intOut, opt } from '../schema/conventions.ts';
import type { Known } from '../schema/known.ts';
import { lazy } from '../schema/lazy.ts';

/** An incident level (severity). Built in: 1 alarm, 2 warning, 3 cleared, 4 major. Unknown fields are kept. */
export const incidentLevelSchema = lazy(() =>
  z.looseObject({
    id: opt(idOut()),
    name: opt(z.string()),
    comment: opt(z.string()),
    description: opt(z.string()),
    /** Rank among the levels; new levels get 0, and the Cleared level may have none. */
    priority: opt(intOut()),
    ui: opt(
      z.looseObject({
        colors: opt(
          z.looseObject({
            main: opt(z.string()),
          }),
        ),
      }),
    ),
  }),
);

export type IncidentLevel = Known<z.output<ReturnType<typeof incidentLevelSchema>>>;
