import * as z from 'zod/mini';
import { id, maybe } from '../schema/conventions.ts';
import { lazy } from '../schema/lazy.ts';

/** SAYMON Operation. Unknown fields are kept. */
export const operationSchema = lazy(() =>
  z.looseObject({
    id: id(),
    name: maybe(z.string()),
    type: maybe(z.string()),
    description: maybe(z.string()),
    popupResult: maybe(z.boolean()),
    runOnReadWritePropertyModification: maybe(z.boolean()),
    parameters: maybe(z.looseObject({
      message: maybe(z.string()),
      topic: maybe(z.string()),
      type: maybe(z.string()),
      path: maybe(z.string()),
      args: maybe(z.array(z.string())),
      ref: maybe(z.string()),
      text: maybe(z.string()),
    })),
  }),
);

export type Operation = z.output<ReturnType<typeof operationSchema>>;
