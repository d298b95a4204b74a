import * as z from 'zod/mini';
import { idOut, intOut, opt } from '../schema/conventions.ts';
import type { Known } from '../schema/known.ts';
import { lazy } from '../schema/lazy.ts';

/**
 * Stat metadata of an entity: the agent that reports it, and for each stat field (kept as an
 * unknown field) its `{ type, changeRate }`. The agent fields are absent while the metadata was
 * last written by hand. Unknown fields are kept.
 */
export const statMetaSchema = lazy(() =>
  z.looseObject({
    entityId: opt(idOut()),
    // 1 / 2, or "obj" / "link" in older docs
    entityType: opt(intOut()),
    taskType: opt(z.string()),
    period: opt(z.number()),
    timestamp: opt(z.number()),
    agentId: opt(idOut()),
    agentVersion: opt(z.string()),
    agentBuild: opt(z.string()),
  }),
);

export type StatMeta = Known<z.output<ReturnType<typeof statMetaSchema>>>;
