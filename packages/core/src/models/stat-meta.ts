import * as z from 'zod/mini';
import { id, int, maybe } from '../schema/conventions.ts';
import { lazy } from '../schema/lazy.ts';

/**
 * Stat metadata of an entity: the agent that reports it, and for each stat field (kept as an
 * unknown field) its `{ type, changeRate }`. The agent fields are absent while the metadata was
 * last written by hand. Unknown fields are kept.
 */
export const statMetaSchema = lazy(() =>
  z.looseObject({
    entityId: maybe(id()),
    // 1 / 2, or "obj" / "link" in older docs
    entityType: maybe(int()),
    taskType: maybe(z.string()),
    period: maybe(z.number()),
    timestamp: maybe(z.number()),
    agentId: maybe(id()),
    agentVersion: maybe(z.string()),
    agentBuild: maybe(z.string()),
  }),
);

export type StatMeta = z.output<ReturnType<typeof statMetaSchema>>;
