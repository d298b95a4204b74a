import * as z from 'zod/mini';
import { id, maybe } from '../schema/conventions.ts';
import { lazy } from '../schema/lazy.ts';

/** SAYMON History Annotation. Unknown fields are kept. */
export const historyAnnotationSchema = lazy(() =>
  z.looseObject({
    id: maybe(id()),
    timestamp: maybe(z.number()),
    content: maybe(z.string()),
    changed: maybe(z.number()),
    user: maybe(z.string()),
  }),
);

export type HistoryAnnotation = z.output<ReturnType<typeof historyAnnotationSchema>>;
