import * as z from 'zod/mini';
import { id, maybe } from '../schema/conventions.ts';
import { lazy } from '../schema/lazy.ts';

/** A note pinned to a point in time on history charts. Unknown fields are kept. */
export const historyAnnotationSchema = lazy(() =>
  z.looseObject({
    id: maybe(id()),
    /** The moment the note refers to. */
    timestamp: maybe(z.number()),
    content: maybe(z.string()),
    /** When the note was last changed, and by which user. */
    changed: maybe(z.number()),
    user: maybe(z.string()),
  }),
);

export type HistoryAnnotation = z.output<ReturnType<typeof historyAnnotationSchema>>;
