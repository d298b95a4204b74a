import * as z from 'zod/mini';
import { id, int, maybe } from '../schema/conventions.ts';
import { lazy } from '../schema/lazy.ts';

/** An event log entry: an SNMP trap (type 1) or MQTT message (type 2) sent by an entity. Unknown fields are kept. */
export const eventLogSchema = lazy(() =>
  z.looseObject({
    _id: maybe(id()),
    agentId: maybe(id()),
    entity: maybe(
      z.looseObject({
        entityId: maybe(id()),
        entityName: maybe(z.string()),
        entityType: maybe(int()),
      }),
    ),
    payload: maybe(
      z.looseObject({
        /** SNMP traps. */
        trapOid: maybe(z.string()),
        enterpriseOid: maybe(z.string()),
        senderAddress: maybe(z.string()),
        agentAddress: maybe(z.string()),
        genericTrap: maybe(z.number()),
        specificTrap: maybe(z.number()),
        // the variable bindings as a JSON document serialised into a string
        bindings: maybe(z.union([z.string(), z.record(z.string(), z.unknown())])),
        text: maybe(z.string()),
        /** MQTT messages. */
        topic: maybe(z.string()),
        message: maybe(z.string()),
      }),
    ),
    timestamp: maybe(z.number()),
    type: maybe(int()),
    /** Position of the entry in the log. */
    skip: maybe(z.number()),
    /** 0 clear, 1 minor, 2 major, 3 critical. */
    level: maybe(int()),
  }),
);

export type EventLog = z.output<ReturnType<typeof eventLogSchema>>;
