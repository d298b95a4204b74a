import * as z from 'zod/mini';
import { id, maybe } from '../schema/conventions.ts';
import { lazy } from '../schema/lazy.ts';

/** SAYMON State. Unknown fields are kept. */
export const stateSchema = lazy(() =>
  z.looseObject({
    id: maybe(id()),
    name: maybe(z.string()),
    priority: maybe(z.number()),
    svgBackground: maybe(z.array(z.string())),
    ui: maybe(z.looseObject({
      colors: maybe(z.looseObject({
        background: maybe(z.string()),
        light: maybe(z.string()),
        main: maybe(z.string()),
        shadow: maybe(z.string()),
      })),
    })),
  }),
);

export type State = z.output<ReturnType<typeof stateSchema>>;
