import * as z from 'zod/mini';
import { id, int, maybe } from '../schema/conventions.ts';
import { lazy } from '../schema/lazy.ts';

/**
 * A monitoring state. Built in: 1 created, 3 working, 4 overloaded, 5 alarm, 6 stopped,
 * 7 no data, 8 down, 9 disabled. Unknown fields are kept.
 */
export const stateSchema = lazy(() =>
  z.looseObject({
    id: maybe(id()),
    name: maybe(z.string()),
    priority: maybe(int()),
    svgBackground: maybe(z.array(z.string())),
    ui: maybe(
      z.looseObject({
        colors: maybe(
          z.looseObject({
            main: maybe(z.string()),
            light: maybe(z.string()),
            background: maybe(z.string()),
            shadow: maybe(z.string()),
            // Create State's examples put it here; the model table puts it at the top level
            svgBackground: maybe(z.array(z.string())),
          }),
        ),
      }),
    ),
  }),
);

export type State = z.output<ReturnType<typeof stateSchema>>;
