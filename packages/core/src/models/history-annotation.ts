import * as z from 'zod/mini';
import { idOut, opt } from '../schema/conventions.ts';
import type { Known } from '../schema/known.ts';
import { lazy } from '../schema/lazy.ts';

/** A note pinned to a point in time on history charts. Unknown fields are kept. */
export const historyAnnotationSchema = lazy(() =>
  z.looseObject({
    id: opt(idOut()),
    /** The moment the note refers to. */
    timestamp: opt(z.number()),
    content: opt(z.string()),
    /** When the note was last changed, and by which user. */
    changed: opt(z.number()),
    user: opt(z.string()),
  }),
);

export type HistoryAnnotation = Known<z.output<ReturnType<typeof historyAnnotationSchema>>>;
