import * as z from 'zod/mini';
import { anyObject, idOut, intOut, opt } from '../schema/conventions.ts';
import type { Known } from '../schema/known.ts';
import { lazy } from '../schema/lazy.ts';

/** The latest monitoring data (stat) of an entity. Unknown fields are kept. */
export const statSchema = lazy(() =>
  z.looseObject({
    entityId: opt(idOut()),
    // 1 or 2 in the docs' tables, the words `"obj"` / `"object"` / `"link"` in some examples
    entityType: opt(z.union([intOut(), z.enum(['obj', 'object', 'link'])])),
    payload: opt(anyObject()),
    // `null` before the entity has any earlier stat
    lastPayload: opt(z.nullable(anyObject())),
    timestamp: opt(z.number()),
    period: opt(z.number()),
    expiryPeriod: opt(z.number()),
    groupKey: opt(intOut()),
    initiator: opt(z.string()),
    /** The probe and the agent that ran it (agent data only). */
    taskType: opt(z.string()),
    /** `null` for checks run by the server itself. */
    agentId: opt(z.nullable(idOut())),
    agentVersion: opt(z.string()),
    agentBuild: opt(z.string()),
  }),
);

export type StatRecord = Known<z.output<ReturnType<typeof statSchema>>>;
