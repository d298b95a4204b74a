/** Notification templates: the built-in texts (restorable to their factory defaults) and their previews. */
import { requireRecord } from '../domain/lookup.ts';
import { renderPreview } from '../domain/notification-render.ts';
import { updateTemplate, withBuiltInTemplates } from '../domain/notification-templates.ts';
import { badRequest } from '../errors.ts';
import { handlers } from '../handler.ts';
import { DEFAULT_NOTIFICATION_TEMPLATES } from '../seed/notification-templates.ts';
import type { Store } from '../store/store.ts';

type Variant = 'single' | 'pack';
/** The templates, the built-in ones always among them (see `domain/notification-templates.ts`). */
const ensureTemplates = (store: Store) => withBuiltInTemplates(store, DEFAULT_NOTIFICATION_TEMPLATES);

function variant(type: string | number): Variant {
  if (type !== 'single' && type !== 'pack') throw badRequest(`Invalid template type "${type}" (use single or pack).`);
  return type;
}

const isTrue = (flag: unknown) => flag === true || flag === 'true';

export const notificationTemplateHandlers = handlers({
  'notificationTemplates.list': ({ store }) => Object.values(ensureTemplates(store)),

  'notificationTemplates.get': ({ path, store }) =>
    requireRecord(ensureTemplates(store), 'Notification template', path.id),

  'notificationTemplates.update': ({ path, body, store, user }) => {
    const template = requireRecord(ensureTemplates(store), 'Notification template', path.id);
    const { content, ...fields } = body ?? {};
    return updateTemplate(store, user, template, fields, content);
  },

  'notificationTemplates.preview': ({ path, query, store }) => {
    const template = requireRecord(ensureTemplates(store), 'Notification template', path.id);
    const type = variant(path.type);
    // a template's id is its template type (the docs show no stored group or type field)
    const templateType = query?.templateType ?? String(template.id);
    const stored = (template.content as Partial<Record<Variant, string>> | undefined)?.[type] ?? '';
    return renderPreview(store, {
      content: query?.content ?? stored,
      group: query?.group ?? DEFAULT_NOTIFICATION_TEMPLATES[String(template.id)]?.group ?? 'state',
      templateType,
      isSubject: query?.isSubject !== undefined ? isTrue(query.isSubject) : templateType.endsWith('subject'),
    });
  },

  'notificationTemplates.previewDraft': ({ body, store }) => {
    if (body.type !== undefined) variant(body.type);
    const templateType = body.templateType ?? 'email';
    return renderPreview(store, {
      content: body.content,
      group: body.group ?? DEFAULT_NOTIFICATION_TEMPLATES[templateType]?.group ?? 'state',
      templateType,
      isSubject: body.isSubject ?? templateType.endsWith('subject'),
    });
  },

  'notificationTemplates.restoreDefault': ({ path, store, user }) => {
    const template = requireRecord(ensureTemplates(store), 'Notification template', path.id);
    const type = variant(path.type);
    const factory = DEFAULT_NOTIFICATION_TEMPLATES[template.id];
    if (!factory) throw badRequest(`Template ${template.id} has no factory default.`);
    updateTemplate(store, user, template, {}, { [type]: factory[type] });
    return factory[type];
  },
});
