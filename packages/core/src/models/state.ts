import * as z from 'zod/mini';
import { idOut, intOut, opt } from '../schema/conventions.ts';
import type { Known } from '../schema/known.ts';
import { lazy } from '../schema/lazy.ts';

/**
 * A monitoring state. Built in: 1 created, 3 working, 4 overloaded, 5 alarm, 6 stopped,
 * 7 no data, 8 down, 9 disabled. Unknown fields are kept.
 */
export const stateSchema = lazy(() =>
  z.looseObject({
    id: opt(idOut()),
    name: opt(z.string()),
    priority: opt(intOut()),
    svgBackground: opt(z.array(z.string())),
    ui: opt(
      z.looseObject({
        colors: opt(
          z.looseObject({
            main: opt(z.string()),
            light: opt(z.string()),
            background: opt(z.string()),
            shadow: opt(z.string()),
            // Create State's examples put it here; the model table puts it at the top level
            svgBackground: opt(z.array(z.string())),
          }),
        ),
      }),
    ),
  }),
);

export type State = Known<z.output<ReturnType<typeof stateSchema>>>;
