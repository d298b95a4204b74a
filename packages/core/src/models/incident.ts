import * as z from 'zod/mini';
import { anyObject, idOut, intOut, opt } from '../schema/conventions.ts';
import type { Known } from '../schema/known.ts';
import { lazy } from '../schema/lazy.ts';
import { stateChangeReasonSchema } from './state-change-reason.ts';

/**
 * An incident (alarm) raised on an object or link. Required are the fields real clients read from
 * every incident (id, entity, state, text, timestamps). Unknown fields are kept.
 */
export const incidentSchema = lazy(() =>
  z.looseObject({
    id: idOut(),
    entityId: idOut(),
    /** 1 object, 2 link. */
    entityType: intOut(),
    /** 1 the entity changed state, 2 an incident condition was met. */
    type: intOut(),
    // incident level ids: strings in the newer docs, numbers in the examples
    state: idOut(),
    lastState: opt(idOut()),
    /** `null` when the incident was raised without a text. */
    text: z.nullable(z.string()),
    // the entity's data as a JSON document serialised into a string
    data: opt(z.union([z.string(), anyObject()])),
    timestamp: z.number(),
    /** `null` on incidents whose entity sent no local time. */
    localTimestamp: z.nullable(z.number()),
    /** `null` (or absent) until the incident is cleared, and again after Undo Clear. */
    clearTimestamp: opt(z.nullable(z.number())),
    /** `null` (or absent) while nobody has acknowledged it. */
    acknowledgedBy: opt(z.nullable(idOut())),
    acknowledgementTimestamp: opt(z.nullable(z.number())),
    comment: opt(z.string()),
    commentedBy: opt(z.string()),
    commentTimestamp: opt(z.number()),
    commentsCount: opt(z.number()),
    count: opt(z.number()),
    parentChainId: opt(idOut()),
    branchId: opt(idOut()),
    reason: opt(stateChangeReasonSchema()),
    properties: opt(z.array(z.unknown())),
    /** The entity that raised the incident, embedded with `owner=true`. */
    owner: opt(
      z.looseObject({
        id: opt(idOut()),
        _id: opt(idOut()),
        name: opt(z.string()),
        class_id: opt(idOut()),
        parent_id: opt(z.union([z.string(), z.array(z.string())])),
        properties: opt(z.array(z.unknown())),
        _parents: opt(z.array(z.looseObject({ path: opt(z.array(z.string())) }))),
      }),
    ),
    /** Set by Clear and Remove Incident. */
    removed: opt(
      z.looseObject({
        userId: opt(idOut()),
        timestamp: opt(z.number()),
      }),
    ),
  }),
);

export type Incident = Known<z.output<ReturnType<typeof incidentSchema>>>;
