import * as z from 'zod/mini';
import { anyObject, idOut, intOut, opt } from '../schema/conventions.ts';
import type { Known } from '../schema/known.ts';
import { lazy } from '../schema/lazy.ts';

/** The latest monitoring data (stat) of an entity. Unknown fields are kept. */
export const statSchema = lazy(() =>
  z.looseObject({
    entityId: opt(idOut()),
    // a number in the docs' tables, `"link"` / `"obj"` in some examples
    // 1 or 2; the stat pages also show the words `object` / `link`
    entityType: opt(z.union([intOut(), z.enum(['object', 'link'])])),
    payload: opt(anyObject()),
    lastPayload: opt(anyObject()),
    timestamp: opt(z.number()),
    period: opt(z.number()),
    expiryPeriod: opt(z.number()),
    groupKey: opt(intOut()),
    initiator: opt(z.string()),
    /** The probe and the agent that ran it (agent data only). */
    taskType: opt(z.string()),
    agentId: opt(idOut()),
    agentVersion: opt(z.string()),
    agentBuild: opt(z.string()),
  }),
);

export type StatRecord = Known<z.output<ReturnType<typeof statSchema>>>;
