import * as z from 'zod/mini';
import { anyObject, id, maybe } from '../schema/conventions.ts';
import { lazy } from '../schema/lazy.ts';

/** A dictionary for monitoring (newest servers). Unknown fields are kept. */
export const dictionaryForMonitoringSchema = lazy(() =>
  z.looseObject({
    id: maybe(id()),
    name: maybe(z.string()),
    description: maybe(z.string()),
    comment: maybe(z.string()),
    content: maybe(z.union([z.string(), anyObject()])),
    contentType: maybe(z.string()),
    columns: maybe(z.union([anyObject(), z.array(z.unknown())])),
  }),
);

export type DictionaryForMonitoring = z.output<ReturnType<typeof dictionaryForMonitoringSchema>>;
