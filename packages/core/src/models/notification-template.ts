import * as z from 'zod/mini';
import { idOut, opt } from '../schema/conventions.ts';
import type { Known } from '../schema/known.ts';
import { lazy } from '../schema/lazy.ts';

/** A notification template, with a text for single and for packed (grouped) notifications. Unknown fields are kept. */
export const notificationTemplateSchema = lazy(() =>
  z.looseObject({
    id: opt(idOut()),
    content: opt(
      z.looseObject({
        pack: opt(z.string()),
        single: opt(z.string()),
      }),
    ),
  }),
);

export type NotificationTemplate = Known<z.output<ReturnType<typeof notificationTemplateSchema>>>;
