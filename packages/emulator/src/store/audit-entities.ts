/**
 * The entity codes of the audit log (`entityType`): SAYMON's EntityTypes as its docs' examples show them
 * (1 object, 2 link, 5 user), the emulator's codes for flows and classes, and 0 for records SAYMON's docs
 * name no code for (states, incident levels, templates, tokens, annotations, ...).
 */
export const AUDIT_ENTITY = {
  unnamed: 0,
  object: 1,
  link: 2,
  flow: 3,
  class: 4,
  user: 5,
} as const;

export type AuditEntity = (typeof AUDIT_ENTITY)[keyof typeof AUDIT_ENTITY];
