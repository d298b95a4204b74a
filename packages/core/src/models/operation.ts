import * as z from 'zod/mini';
import { idOut, intOut, opt } from '../schema/conventions.ts';
import type { Known } from '../schema/known.ts';
import { lazy } from '../schema/lazy.ts';

/**
 * An operation run by the server on an object or link (an MQTT message or a script).
 * Callers with only `execute-operations` see just id, name and description. Unknown fields are kept.
 */
export const operationSchema = lazy(() =>
  z.looseObject({
    id: idOut(),
    name: z.string(),
    // typed String in the model page, written as 1 / 2 in the method examples
    type: opt(intOut()),
    description: opt(z.string()),
    popupResult: opt(z.boolean()),
    runOnReadWritePropertyModification: opt(z.boolean()),
    parameters: opt(
      z.looseObject({
        /** MQTT operations. */
        topic: opt(z.string()),
        message: opt(z.string()),
        /** Script operations: `fileSystem` (path, args), `scriptReference` (ref), `scriptText` (text). */
        type: opt(z.string()),
        path: opt(z.string()),
        args: opt(z.array(z.string())),
        ref: opt(idOut()),
        text: opt(z.string()),
      }),
    ),
  }),
);

export type Operation = Known<z.output<ReturnType<typeof operationSchema>>>;
