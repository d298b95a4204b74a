import type * as section from '../endpoints/notification-templates.ts';
import { summarize } from './summarize.ts';

/** What each endpoint of SAYMON's Notification Templates section does, in one line. */
export const notificationTemplatesSummaries = summarize<typeof section>()({
  'notificationTemplates.get': 'Returns one notification template with its single and pack texts.',
  'notificationTemplates.list': 'Returns every notification template.',
  'notificationTemplates.preview':
    'Renders a template variant (single or pack) and returns the HTML the web UI would show.',
  'notificationTemplates.previewDraft':
    'Renders a draft template text for a notification group and type without saving it.',
  'notificationTemplates.restoreDefault':
    "Puts a template's single or pack text back to the factory default and returns that text.",
  'notificationTemplates.update': "Changes a template's texts (content.single, content.pack) and returns the template.",
});
