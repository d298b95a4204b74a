import * as z from 'zod/mini';
import { id, int, maybe } from '../schema/conventions.ts';
import { lazy } from '../schema/lazy.ts';

/**
 * An operation run by the server on an object or link (an MQTT message or a script).
 * Callers with only `execute-operations` see just id, name and description. Unknown fields are kept.
 */
export const operationSchema = lazy(() =>
  z.looseObject({
    id: id(),
    name: maybe(z.string()),
    // typed String in the model page, written as 1 / 2 in the method examples
    type: maybe(int()),
    description: maybe(z.string()),
    popupResult: maybe(z.boolean()),
    runOnReadWritePropertyModification: maybe(z.boolean()),
    parameters: maybe(
      z.looseObject({
        /** MQTT operations. */
        topic: maybe(z.string()),
        message: maybe(z.string()),
        /** Script operations: `fileSystem` (path, args), `scriptReference` (ref), `scriptText` (text). */
        type: maybe(z.string()),
        path: maybe(z.string()),
        args: maybe(z.array(z.string())),
        ref: maybe(id()),
        text: maybe(z.string()),
      }),
    ),
  }),
);

export type Operation = z.output<ReturnType<typeof operationSchema>>;
