/** Notification templates: the built-in ones put back when missing, and changes to their texts. */
import { AUDIT_ENTITY } from '../store/audit-entities.ts';
import type { Rec, UserRecord } from '../store/state.ts';
import type { Store } from '../store/store.ts';

/** A built-in template's factory texts (the seed data holds them). */
export interface TemplateDefault {
  group: string;
  single: string;
  pack: string;
}

/** The templates, after putting back the built-in ones missing from the state with their factory texts. */
export function withBuiltInTemplates(store: Store, defaults: Record<string, TemplateDefault>): Record<string, Rec> {
  const templates = store.state.notificationTemplates;
  for (const [id, def] of Object.entries(defaults)) {
    templates[id] ??= { id, content: { single: def.single, pack: def.pack } };
  }
  return templates;
}

/** Sets a template's fields (never its id) and merges `content` into its texts; audits the change. */
export function updateTemplate(
  store: Store,
  user: UserRecord,
  template: Rec,
  fields: Record<string, unknown>,
  content: Record<string, unknown> | undefined,
): Rec {
  const before = structuredClone(template);
  for (const [key, value] of Object.entries(fields)) if (key !== 'id' && value !== undefined) template[key] = value;
  if (content) template.content = { ...(template.content as object), ...content };
  store.audit(user, 'update', AUDIT_ENTITY.unnamed, template.id, before, template);
  return template;
}
