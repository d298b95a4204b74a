/** Notification templates: the built-in texts (restorable to their factory defaults) and their previews. */
import { requireRecord } from '../domain/lookup.ts';
import { renderPreview } from '../domain/notification-render.ts';
import { badRequest } from '../errors.ts';
import { handlers } from '../handler.ts';
import { DEFAULT_NOTIFICATION_TEMPLATES } from '../seed/notification-templates.ts';
import { AUDIT_ENTITY } from '../store/audit-entities.ts';
import type { Rec } from '../store/state.ts';
import type { Store } from '../store/store.ts';

type Variant = 'single' | 'pack';
/** The built-in templates always exist; ones missing from the state are put back with their factory texts. */
export function ensureTemplates(store: Store): Record<string, Rec> {
  const templates = store.state.notificationTemplates;
  for (const [id, def] of Object.entries(DEFAULT_NOTIFICATION_TEMPLATES)) {
    templates[id] ??= { id, content: { single: def.single, pack: def.pack } };
  }
  return templates;
}

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
    const before = structuredClone(template);
    const { content, ...fields } = body ?? {};
    for (const [key, value] of Object.entries(fields)) if (key !== 'id' && value !== undefined) template[key] = value;
    if (content) template.content = { ...(template.content as object), ...content };
    store.audit(user, 'update', AUDIT_ENTITY.unnamed, template.id, before, template);
    return template;
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
    const before = structuredClone(template);
    template.content = { ...(template.content as object), [type]: factory[type] };
    store.audit(user, 'update', AUDIT_ENTITY.unnamed, template.id, before, template);
    return factory[type];
  },
});
