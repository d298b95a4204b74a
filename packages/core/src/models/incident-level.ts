import * as z from 'zod/mini';
import { id, maybe } from '../schema/conventions.ts';
import { lazy } from '../schema/lazy.ts';

/** An incident level (severity). Built in: 1 alarm, 2 warning, 3 cleared, 4 major. Unknown fields are kept. */
export const incidentLevelSchema = lazy(() =>
  z.looseObject({
    id: maybe(id()),
    name: maybe(z.string()),
    comment: maybe(z.string()),
    description: maybe(z.string()),
    ui: maybe(
      z.looseObject({
        colors: maybe(
          z.looseObject({
            main: maybe(z.string()),
          }),
        ),
      }),
    ),
  }),
);

export type IncidentLevel = z.output<ReturnType<typeof incidentLevelSchema>>;
