import * as z from 'zod/mini';
import { idOut, intOut, opt } from '../schema/conventions.ts';
import type { Known } from '../schema/known.ts';
import { lazy } from '../schema/lazy.ts';

/**
 * An audit log entry: who changed what. `entityType` says which kind of entity was touched and
 * `kind` which part (e.g. 1 + 10: an object's property; 5 + 13: a user's session). Unknown fields are kept.
 */
export const auditLogSchema = lazy(() =>
  z.looseObject({
    entityId: opt(idOut()),
    entityType: opt(intOut()),
    // a number in the docs; some servers write the action as a word (`create`, `update`)
    kind: opt(z.nullable(z.union([intOut(), z.string()]))),
    userId: opt(idOut()),
    timestamp: opt(z.number()),
    oldBody: opt(z.unknown()),
    newBody: opt(z.unknown()),
  }),
);

export type AuditLog = Known<z.output<ReturnType<typeof auditLogSchema>>>;
