/**
 * Permission names seen in SAYMON's method documentation. `objectPermissions` and
 * `linkPermissions` are per-entity access checks; the others are rights held by users and groups.
 * The docs' full table was not readable, so servers may know more names.
 */
export const permissionNames = [
  'objectPermissions',
  'linkPermissions',
  'create-objects',
  'modify-objects',
  'delete-objects',
  'manage-objects',
  'create-links',
  'modify-links',
  'manage-links',
  'create-flows',
  'modify-flows',
  'delete-flows',
  'manage-flows',
  'delete-documents',
  'manage-documents',
  'manage-properties',
  'manage-service-properties',
  'manage-property-classes',
  'modify-classes',
  'manage-classes',
  'manage-operations',
  'execute-operations',
  'manage-scripts',
  'manage-history',
  'manage-users',
  'manage-configuration',
  'manage-dictionaries',
  'run-bulks',
] as const;

export type Permission = (typeof permissionNames)[number];
