import * as z from 'zod/mini';
import { id, maybe } from '../schema/conventions.ts';
import { lazy } from '../schema/lazy.ts';

/** SAYMON Event Log. Unknown fields are kept. */
export const eventLogSchema = lazy(() =>
  z.looseObject({
    _id: maybe(id()),
    agentId: maybe(id()),
    entity: maybe(z.looseObject({
      entityId: maybe(id()),
      entityName: maybe(z.string()),
      entityType: maybe(id()),
    })),
    payload: maybe(z.looseObject({
      trapOid: maybe(z.string()),
      enterpriseOid: maybe(z.string()),
      senderAddress: maybe(z.string()),
      agentAddress: maybe(z.string()),
      genericTrap: maybe(z.number()),
      specificTrap: maybe(z.number()),
      bindings: maybe(z.string()),
      text: maybe(z.string()),
      topic: maybe(z.string()),
      message: maybe(z.string()),
    })),
    timestamp: maybe(z.number()),
    type: maybe(z.number()),
    skip: maybe(z.number()),
    level: maybe(z.number()),
  }),
);

export type EventLog = z.output<ReturnType<typeof eventLogSchema>>;
