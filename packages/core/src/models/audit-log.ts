import * as z from 'zod/mini';
import { id, int, maybe } from '../schema/conventions.ts';
import { lazy } from '../schema/lazy.ts';

/**
 * An audit log entry: who changed what. `entityType` says which kind of entity was touched and
 * `kind` which part (e.g. 1 + 10: an object's property; 5 + 13: a user's session). Unknown fields are kept.
 */
export const auditLogSchema = lazy(() =>
  z.looseObject({
    entityId: maybe(id()),
    entityType: maybe(int()),
    kind: maybe(int()),
    userId: maybe(id()),
    timestamp: maybe(z.number()),
    oldBody: maybe(z.unknown()),
    newBody: maybe(z.unknown()),
  }),
);

export type AuditLog = z.output<ReturnType<typeof auditLogSchema>>;
