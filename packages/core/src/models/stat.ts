import * as z from 'zod/mini';
import { anyObject, id, int, maybe } from '../schema/conventions.ts';
import { lazy } from '../schema/lazy.ts';

/** The latest monitoring data (stat) of an entity. Unknown fields are kept. */
export const statSchema = lazy(() =>
  z.looseObject({
    entityId: maybe(id()),
    // a number in the docs' tables, `"link"` / `"obj"` in some examples
    entityType: maybe(int()),
    payload: maybe(anyObject()),
    lastPayload: maybe(anyObject()),
    timestamp: maybe(z.number()),
    period: maybe(z.number()),
    expiryPeriod: maybe(z.number()),
    groupKey: maybe(int()),
    initiator: maybe(z.string()),
    /** The probe and the agent that ran it (agent data only). */
    taskType: maybe(z.string()),
    agentId: maybe(id()),
    agentVersion: maybe(z.string()),
    agentBuild: maybe(z.string()),
  }),
);

export type StatRecord = z.output<ReturnType<typeof statSchema>>;
