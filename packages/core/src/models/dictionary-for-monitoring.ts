import * as z from 'zod/mini';
import { anyObject, idOut, opt } from '../schema/conventions.ts';
import type { Known } from '../schema/known.ts';
import { lazy } from '../schema/lazy.ts';

/** A dictionary for monitoring (newest servers). Unknown fields are kept. */
export const dictionaryForMonitoringSchema = lazy(() =>
  z.looseObject({
    id: opt(idOut()),
    name: opt(z.string()),
    description: opt(z.string()),
    comment: opt(z.string()),
    content: opt(z.union([z.string(), anyObject()])),
    contentType: opt(z.string()),
    columns: opt(z.union([anyObject(), z.array(z.unknown())])),
  }),
);

export type DictionaryForMonitoring = Known<z.output<ReturnType<typeof dictionaryForMonitoringSchema>>>;
