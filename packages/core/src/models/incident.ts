import * as z from 'zod/mini';
import { anyObject, id, maybe } from '../schema/conventions.ts';
import { lazy } from '../schema/lazy.ts';

/** SAYMON Incident. Unknown fields are kept. */
export const incidentSchema = lazy(() =>
  z.looseObject({
    id: maybe(id()),
    entityId: maybe(id()),
    entityType: maybe(id()),
    data: maybe(z.string()),
    acknowledgedBy: maybe(z.string()),
    acknowledgementTimestamp: maybe(z.number()),
    clearTimestamp: maybe(z.number()),
    comment: maybe(z.string()),
    commentedBy: maybe(z.string()),
    commentTimestamp: maybe(z.number()),
    commentsCount: maybe(z.number()),
    localTimestamp: maybe(z.number()),
    owner: maybe(anyObject()),
    parentChainId: maybe(id()),
    properties: maybe(z.array(z.unknown())),
    state: maybe(id()),
    lastState: maybe(id()),
    text: maybe(z.string()),
    timestamp: maybe(z.number()),
    type: maybe(z.number()),
    branchId: maybe(id()),
    reason: maybe(z.looseObject({
      code: maybe(z.number()),
      data: maybe(anyObject()),
      rootCause: maybe(z.string()),
      branch: maybe(anyObject()),
    })),
    count: maybe(z.number()),
    removed: maybe(z.looseObject({
      userId: maybe(id()),
      timestamp: maybe(z.number()),
    })),
  }),
);

export type Incident = z.output<ReturnType<typeof incidentSchema>>;
