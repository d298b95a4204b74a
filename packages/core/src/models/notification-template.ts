import * as z from 'zod/mini';
import { id, maybe } from '../schema/conventions.ts';
import { lazy } from '../schema/lazy.ts';

/** A notification template, with a text for single and for packed (grouped) notifications. Unknown fields are kept. */
export const notificationTemplateSchema = lazy(() =>
  z.looseObject({
    id: maybe(id()),
    content: maybe(
      z.looseObject({
        pack: maybe(z.string()),
        single: maybe(z.string()),
      }),
    ),
  }),
);

export type NotificationTemplate = z.output<ReturnType<typeof notificationTemplateSchema>>;
