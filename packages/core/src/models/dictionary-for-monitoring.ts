import * as z from 'zod/mini';
import { anyObject, id, maybe } from '../schema/conventions.ts';
import { lazy } from '../schema/lazy.ts';

/** SAYMON Dictionary for monitoring. Unknown fields are kept. */
export const dictionaryForMonitoringSchema = lazy(() =>
  z.looseObject({
    id: maybe(id()),
    name: maybe(z.string()),
    description: maybe(z.string()),
    comment: maybe(z.string()),
    content: maybe(z.string()),
    contentType: maybe(z.string()),
    columns: maybe(anyObject()),
  }),
);

export type DictionaryForMonitoring = z.output<ReturnType<typeof dictionaryForMonitoringSchema>>;
