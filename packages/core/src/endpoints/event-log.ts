import * as z from 'zod/mini';
import { eventLogSchema } from '../models/event-log.ts';
import { defineEndpoint } from '../registry/define.ts';
import { flag, timeBound } from '../schema/conventions.ts';

export const eventLogList = defineEndpoint({
  id: 'eventLog.list',
  section: "Event Log",
  title: "Get Event Log",
  summary: "Returns SNMP-trap and MQTT event log records, with time range, type, paging and sort options.",
  method: 'GET',
  path: '/node/api/event-log',
  permissions: "",
  provenance: 'documented',
  bodyKind: 'none',
  responseKind: 'json',
  schemas: () => ({
    query: z.optional(z.looseObject({
      filter: z.optional(z.string()),
      from: z.optional(timeBound()),
      inverse: z.optional(flag()),
      limit: z.optional(z.string()),
      skip: z.optional(z.string()),
      sortDirection: z.optional(z.string()),
      sortField: z.optional(z.string()),
      to: z.optional(timeBound()),
      type: z.optional(z.string()),
    })),
    response: z.array(eventLogSchema()),
  }),
});
