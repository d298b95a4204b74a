import * as z from 'zod/mini';
import { idOut, intOut, opt } from '../schema/conventions.ts';
import type { Known } from '../schema/known.ts';
import { lazy } from '../schema/lazy.ts';

/** An event log entry: an SNMP trap (type 1) or MQTT message (type 2) sent by an entity. Unknown fields are kept. */
export const eventLogSchema = lazy(() =>
  z.looseObject({
    _id: opt(idOut()),
    agentId: opt(idOut()),
    // `null` for events that concern no entity
    entity: opt(
      z.nullable(
        z.looseObject({
          entityId: opt(idOut()),
          entityName: opt(z.string()),
          entityType: opt(intOut()),
        }),
      ),
    ),
    payload: opt(
      z.looseObject({
        /** SNMP traps. */
        trapOid: opt(z.string()),
        enterpriseOid: opt(z.string()),
        senderAddress: opt(z.string()),
        agentAddress: opt(z.string()),
        genericTrap: opt(z.number()),
        specificTrap: opt(z.number()),
        // the variable bindings as a JSON document serialised into a string
        bindings: opt(z.union([z.string(), z.record(z.string(), z.unknown())])),
        text: opt(z.string()),
        /** MQTT messages. */
        topic: opt(z.string()),
        message: opt(z.string()),
      }),
    ),
    timestamp: opt(z.number()),
    type: opt(intOut()),
    /** Position of the entry in the log. */
    skip: opt(z.number()),
    /** 0 clear, 1 minor, 2 major, 3 critical. */
    // a number in the docs; servers (and the emulator) also write words such as "info"
    level: opt(z.union([intOut(), z.string()])),
  }),
);

export type EventLog = Known<z.output<ReturnType<typeof eventLogSchema>>>;
