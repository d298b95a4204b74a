import * as z from 'zod/mini';
import { anyObject, id, int, maybe } from '../schema/conventions.ts';
import { lazy } from '../schema/lazy.ts';
import { stateChangeReasonSchema } from './state-change-reason.ts';

/** An incident (alarm) raised on an object or link. Unknown fields are kept. */
export const incidentSchema = lazy(() =>
  z.looseObject({
    id: maybe(id()),
    entityId: maybe(id()),
    /** 1 object, 2 link. */
    entityType: maybe(int()),
    /** 1 the entity changed state, 2 an incident condition was met. */
    type: maybe(int()),
    // incident level ids: strings in the newer docs, numbers in the examples
    state: maybe(id()),
    lastState: maybe(id()),
    text: maybe(z.string()),
    // the entity's data as a JSON document serialised into a string
    data: maybe(z.union([z.string(), anyObject()])),
    timestamp: maybe(z.number()),
    localTimestamp: maybe(z.number()),
    clearTimestamp: maybe(z.number()),
    acknowledgedBy: maybe(z.string()),
    acknowledgementTimestamp: maybe(z.number()),
    comment: maybe(z.string()),
    commentedBy: maybe(z.string()),
    commentTimestamp: maybe(z.number()),
    commentsCount: maybe(z.number()),
    count: maybe(z.number()),
    parentChainId: maybe(id()),
    branchId: maybe(id()),
    reason: maybe(stateChangeReasonSchema()),
    properties: maybe(z.array(z.unknown())),
    /** The entity that raised the incident, embedded with `owner=true`. */
    owner: maybe(
      z.looseObject({
        id: maybe(id()),
        _id: maybe(id()),
        name: maybe(z.string()),
        class_id: maybe(id()),
        parent_id: maybe(z.union([z.string(), z.array(z.string())])),
        properties: maybe(z.array(z.unknown())),
        _parents: maybe(z.array(z.looseObject({ path: maybe(z.array(z.string())) }))),
      }),
    ),
    /** Set by Clear and Remove Incident. */
    removed: maybe(
      z.looseObject({
        userId: maybe(id()),
        timestamp: maybe(z.number()),
      }),
    ),
  }),
);

export type Incident = z.output<ReturnType<typeof incidentSchema>>;
