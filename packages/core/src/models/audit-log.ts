import * as z from 'zod/mini';
import { id, maybe } from '../schema/conventions.ts';
import { lazy } from '../schema/lazy.ts';

/** SAYMON Audit Log. Unknown fields are kept. */
export const auditLogSchema = lazy(() =>
  z.looseObject({
    entityId: maybe(id()),
    entityType: maybe(id()),
    kind: maybe(z.number()),
    newBody: maybe(z.unknown()),
    oldBody: maybe(z.unknown()),
    timestamp: maybe(z.number()),
    userId: maybe(id()),
  }),
);

export type AuditLog = z.output<ReturnType<typeof auditLogSchema>>;
